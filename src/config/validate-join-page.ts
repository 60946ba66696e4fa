import type { ConfigIssueCode } from './config-issue.ts';
import { contrastWithWhite, parseHexColor } from './contrast-ratio.ts';
import type {
  BrandConfig,
  DisplayNameMode,
  JsonMap,
  LauncherConfig,
  SupportConfig,
} from './launcher-config.ts';

export const JOIN_PAGE_KEYS = ['displayName', 'autoJoin', 'brand', 'support'];
export const BRAND_KEYS = ['title', 'logoUrl', 'accentColor'];
export const SUPPORT_KEYS = ['text', 'url'];
export const DISPLAY_NAME_MODES: readonly DisplayNameMode[] = ['required', 'optional', 'fromToken'];
/** WCAG AA for normal text: white button labels on the accent colour. */
export const MIN_ACCENT_CONTRAST = 4.5;

type Report = (field: string, code: ConfigIssueCode, value?: string) => void;
type JoinPageSettings = Pick<LauncherConfig, 'displayName' | 'autoJoin' | 'brand' | 'support'>;

function isMap(value: unknown): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isDisplayNameMode(value: unknown): value is DisplayNameMode {
  return DISPLAY_NAME_MODES.some((mode) => mode === value);
}

/** The scheme of a URL written in config.json, read as the browser will (relative: none). */
function scheme(url: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  try {
    return new URL(url).protocol;
  } catch {
    return 'invalid';
  }
}

function unknownKeys(value: JsonMap, known: string[], prefix: string, report: Report): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) report(`${prefix}.${key}`, 'join-page-unknown-key', key);
  }
}

function validateBrand(value: unknown, report: Report): BrandConfig | undefined {
  if (!isMap(value)) {
    report('brand', 'brand-not-object');
    return undefined;
  }
  unknownKeys(value, BRAND_KEYS, 'brand', report);
  const brand: BrandConfig = {};
  const { title, logoUrl, accentColor } = value;
  if (title !== undefined) {
    if (isText(title)) brand.title = title.trim();
    else report('brand.title', 'brand-title');
  }
  if (logoUrl !== undefined) {
    const logoScheme = typeof logoUrl === 'string' ? scheme(logoUrl) : 'invalid';
    if (isText(logoUrl) && (logoScheme === undefined || logoScheme === 'https:')) {
      brand.logoUrl = logoUrl.trim();
    } else report('brand.logoUrl', 'brand-logo-url');
  }
  if (accentColor !== undefined) {
    const rgb = typeof accentColor === 'string' ? parseHexColor(accentColor) : undefined;
    if (typeof accentColor !== 'string' || rgb === undefined) {
      report('brand.accentColor', 'brand-accent-color');
    } else {
      const ratio = contrastWithWhite(rgb);
      if (ratio < MIN_ACCENT_CONTRAST) {
        report(
          'brand.accentColor',
          'brand-accent-contrast',
          `${accentColor} (${ratio.toFixed(2)}:1)`,
        );
      } else brand.accentColor = accentColor;
    }
  }
  return brand;
}

function validateSupport(value: unknown, report: Report): SupportConfig | undefined {
  if (!isMap(value)) {
    report('support', 'support-not-object');
    return undefined;
  }
  unknownKeys(value, SUPPORT_KEYS, 'support', report);
  const { text, url } = value;
  if (!isText(text)) {
    report('support.text', 'support-text');
    return undefined;
  }
  const support: SupportConfig = { text: text.trim() };
  if (url !== undefined) {
    const trimmed = typeof url === 'string' ? url.trim() : '';
    const urlScheme = scheme(trimmed);
    if (urlScheme === 'https:' || urlScheme === 'mailto:') support.url = trimmed;
    else report('support.url', 'support-url');
  }
  return support;
}

/**
 * The join page's own settings: who the user is, joining at once, the organisation's brand and
 * where to get help. Reports each bad field; returns the good ones.
 */
export function validateJoinPage(input: JsonMap, report: Report): JoinPageSettings {
  const settings: JoinPageSettings = {};
  const { displayName, autoJoin, brand, support } = input;
  if (displayName !== undefined) {
    if (isDisplayNameMode(displayName)) settings.displayName = displayName;
    else report('displayName', 'display-name-mode');
  }
  if (autoJoin !== undefined) {
    if (typeof autoJoin === 'boolean') settings.autoJoin = autoJoin;
    else report('autoJoin', 'auto-join-type');
  }
  if (brand !== undefined) {
    const valid = validateBrand(brand, report);
    if (valid !== undefined) settings.brand = valid;
  }
  if (support !== undefined) {
    const valid = validateSupport(support, report);
    if (valid !== undefined) settings.support = valid;
  }
  return settings;
}

/**
 * A relative `brand.logoUrl` names a file beside config.json: resolved against the file's own
 * address, so the logo shows at any depth of the launcher's links.
 */
export function resolveBrandLogo(config: LauncherConfig, configUrl: string): LauncherConfig {
  const logoUrl = config.brand?.logoUrl;
  if (logoUrl === undefined) return config;
  try {
    const base = new URL(configUrl, globalThis.location?.href);
    return { ...config, brand: { ...config.brand, logoUrl: new URL(logoUrl, base).href } };
  } catch {
    return config;
  }
}
