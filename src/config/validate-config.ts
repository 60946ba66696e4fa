import {
  isJitsiAlgorithm,
  PROFILE_FLAG_SETTINGS,
  PROFILE_LIST_SETTINGS,
  PROFILE_SETTINGS,
  PROFILE_STRING_SETTINGS,
} from '../core/profile-settings.ts';
import type { Result } from '../core/types.ts';
import { isLanguage } from '../i18n/languages.ts';
import type { ConfigIssue, ConfigIssueCode } from './config-issue.ts';
import type {
  EndpointConfig,
  JsonMap,
  LauncherConfig,
  PublicServerProfile,
} from './launcher-config.ts';
import { validateEmbed } from './validate-embed.ts';
import { JOIN_PAGE_KEYS, validateJoinPage } from './validate-join-page.ts';

export const DEFAULT_ENDPOINT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_SCRIPT_TIMEOUT_MS = 15_000;
export const TOP_LEVEL_KEYS = [
  'mode',
  'domains',
  'tenant',
  'endpoint',
  'debugPanel',
  'scriptTimeoutMs',
  'configOverwrite',
  'interfaceConfigOverwrite',
  'server',
  ...JOIN_PAGE_KEYS,
  'lang',
  'embed',
];
export const ENDPOINT_KEYS = ['url', 'method', 'credentials', 'timeoutMs', 'retries'];
const CREDENTIALS: readonly RequestCredentials[] = ['include', 'same-origin', 'omit'];
/** The profile's strings but the secret: config.json is public, app_secret is refused. */
const SERVER_STRINGS = PROFILE_STRING_SETTINGS.filter(
  (key): key is Exclude<(typeof PROFILE_STRING_SETTINGS)[number], 'app_secret'> =>
    key !== 'app_secret',
);
export const SERVER_KEYS = PROFILE_SETTINGS.filter((key) => key !== 'app_secret');
/** host or host:port: lowercase letters, digits, dots and dashes. */
const DOMAIN_PATTERN =
  /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;
const TENANT_PATTERN = /^[a-z0-9][a-z0-9_.-]*$/i;

export function isJsonMap(value: unknown): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDuration(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 120_000;
}

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return list.some((entry) => entry === value);
}

/** Why a domain entry is not a bare host name, or undefined when it is one. */
export function domainIssue(value: string): ConfigIssueCode | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'domain-scheme';
  if (value.includes('/')) return 'domain-path';
  if (value !== value.toLowerCase()) return 'domain-uppercase';
  if (value.length > 253 || !DOMAIN_PATTERN.test(value)) return 'domain-invalid';
  const port = /:(\d+)$/.exec(value)?.[1];
  if (port !== undefined && !isPort(Number(port))) return 'domain-port';
  return undefined;
}

function isPort(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65_535;
}

/** More issues than this are counted, not listed: a file of 200,000 bad keys stays readable. */
export const MAX_LISTED_ISSUES = 50;
/** Keys and values quoted in a message are cut to this length. */
const MAX_QUOTED = 80;

function quoted(value: string): string {
  return value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value;
}

/**
 * Checks parsed `config.json` and fills in defaults. Every bad field is reported at once, so an
 * operator mends the file in one pass.
 */
export function validateConfig(input: unknown): Result<LauncherConfig, ConfigIssue[]> {
  const issues: ConfigIssue[] = [];
  let unlisted = 0;
  const report = (field: string, code: ConfigIssueCode, value?: string) => {
    if (issues.length >= MAX_LISTED_ISSUES) unlisted += 1;
    else if (value === undefined) issues.push({ field: quoted(field), code });
    else issues.push({ field: quoted(field), code, value: quoted(value) });
  };
  const failed = (): Result<LauncherConfig, ConfigIssue[]> => ({
    ok: false,
    error:
      unlisted === 0
        ? issues
        : [...issues, { field: '(file)', code: 'too-many-issues', value: String(unlisted) }],
  });
  if (!isJsonMap(input)) {
    report('(file)', 'not-object');
    return failed();
  }
  for (const key of Object.keys(input)) {
    if (key !== '$schema' && !TOP_LEVEL_KEYS.includes(key)) report(key, 'unknown-key', key);
  }

  const mode = input.mode;
  if (mode !== 'endpoint' && mode !== 'local') {
    report('mode', mode === undefined ? 'mode-missing' : 'mode-invalid');
  }

  const domains: string[] = [];
  if (!Array.isArray(input.domains) || input.domains.length === 0) {
    report('domains', 'domains-empty');
  } else {
    input.domains.forEach((entry: unknown, index: number) => {
      const field = `domains[${index}]`;
      if (typeof entry !== 'string') {
        report(field, 'domain-not-string');
        return;
      }
      const code = domainIssue(entry) ?? (domains.includes(entry) ? 'domain-duplicate' : undefined);
      if (code === undefined) domains.push(entry);
      else report(field, code, entry);
    });
  }

  const tenant = input.tenant;
  if (
    tenant !== undefined &&
    tenant !== '' &&
    (typeof tenant !== 'string' || !TENANT_PATTERN.test(tenant))
  ) {
    report('tenant', 'tenant-invalid');
  }

  const endpoint = validateEndpoint(input.endpoint, mode === 'endpoint', report);

  if (input.debugPanel !== undefined && typeof input.debugPanel !== 'boolean') {
    report('debugPanel', 'debug-panel-type');
  }
  if (input.scriptTimeoutMs !== undefined && !isDuration(input.scriptTimeoutMs)) {
    report('scriptTimeoutMs', 'script-timeout');
  }
  for (const key of ['configOverwrite', 'interfaceConfigOverwrite']) {
    if (input[key] !== undefined && !isJsonMap(input[key])) report(key, 'overwrite-not-object');
  }
  const server = validateServer(input.server, report);
  const joinPage = validateJoinPage(input, report);
  const lang = input.lang;
  if (lang !== undefined && !isLanguage(lang)) report('lang', 'lang-invalid');
  const embed = validateEmbed(input.embed, report);

  if (issues.length > 0 || (mode !== 'endpoint' && mode !== 'local') || embed === undefined)
    return failed();
  const config: LauncherConfig = {
    mode,
    domains,
    debugPanel: input.debugPanel === true,
    scriptTimeoutMs: isDuration(input.scriptTimeoutMs)
      ? input.scriptTimeoutMs
      : DEFAULT_SCRIPT_TIMEOUT_MS,
    configOverwrite: isJsonMap(input.configOverwrite) ? input.configOverwrite : {},
    interfaceConfigOverwrite: isJsonMap(input.interfaceConfigOverwrite)
      ? input.interfaceConfigOverwrite
      : {},
  };
  if (isLanguage(lang)) config.lang = lang;
  if (input.embed !== undefined) config.embed = embed;
  if (typeof tenant === 'string' && tenant !== '') config.tenant = tenant;
  if (endpoint !== undefined) config.endpoint = endpoint;
  if (server !== undefined) config.server = server;
  return { ok: true, value: { ...config, ...joinPage } };
}

type Report = (field: string, code: ConfigIssueCode, value?: string) => void;

function validateEndpoint(
  value: unknown,
  required: boolean,
  report: Report,
): EndpointConfig | undefined {
  if (value === undefined) {
    if (required) report('endpoint', 'endpoint-missing');
    return undefined;
  }
  if (!isJsonMap(value)) {
    report('endpoint', 'endpoint-not-object');
    return undefined;
  }
  let bad = false;
  const issue = (field: string, code: ConfigIssueCode, key?: string) => {
    bad = true;
    report(`endpoint.${field}`, code, key);
  };
  const {
    method = 'POST',
    credentials = 'include',
    timeoutMs = DEFAULT_ENDPOINT_TIMEOUT_MS,
  } = value;
  const { retries = DEFAULT_RETRIES } = value;
  const url = typeof value.url === 'string' ? value.url.trim() : '';
  if (url === '') issue('url', 'endpoint-url-missing');
  else {
    const code = endpointUrlIssue(url);
    if (code !== undefined) issue('url', code, code === 'endpoint-url-invalid' ? url : undefined);
  }
  if (method !== 'POST' && method !== 'GET') issue('method', 'endpoint-method');
  if (!includes(CREDENTIALS, credentials)) issue('credentials', 'endpoint-credentials');
  if (!isDuration(timeoutMs)) issue('timeoutMs', 'endpoint-timeout');
  if (!isCount(retries)) issue('retries', 'endpoint-retries');
  for (const key of Object.keys(value)) {
    if (!ENDPOINT_KEYS.includes(key)) issue(key, 'endpoint-unknown-key', key);
  }
  if (bad || (method !== 'POST' && method !== 'GET') || !includes(CREDENTIALS, credentials)) {
    return undefined;
  }
  if (!isDuration(timeoutMs) || !isCount(retries)) return undefined;
  return { url, method, credentials, timeoutMs, retries };
}

/** Relative URLs are resolved as the launcher will (against its own address), here a stand-in. */
const STAND_IN_BASE = 'https://launcher.invalid/app/';

/** Why endpoint.url cannot be fetched, or undefined: parsed as fetch and preconnect will parse it. */
export function endpointUrlIssue(url: string): ConfigIssueCode | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, STAND_IN_BASE);
  } catch {
    return 'endpoint-url-invalid';
  }
  if (parsed.username !== '' || parsed.password !== '') return 'endpoint-url-credentials';
  return parsed.protocol === 'https:' || parsed.protocol === 'http:'
    ? undefined
    : 'endpoint-url-scheme';
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 5;
}

function validateServer(value: unknown, report: Report): PublicServerProfile | undefined {
  if (value === undefined) return undefined;
  if (!isJsonMap(value)) {
    report('server', 'server-not-object');
    return undefined;
  }
  const profile: PublicServerProfile = {};
  let bad = false;
  const issue = (key: string, code: ConfigIssueCode) => {
    bad = true;
    report(`server.${key}`, code, key);
  };
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'app_secret') issue(key, 'server-secret');
    else if (includes(SERVER_STRINGS, key)) {
      if (typeof entry === 'string' && entry !== '') profile[key] = entry;
      else issue(key, 'server-string');
    } else if (includes(PROFILE_LIST_SETTINGS, key)) {
      if (Array.isArray(entry) && entry.every((item: unknown) => typeof item === 'string')) {
        profile[key] = entry.filter((item: unknown): item is string => typeof item === 'string');
      } else {
        issue(key, 'server-list');
      }
    } else if (includes(PROFILE_FLAG_SETTINGS, key)) {
      if (typeof entry === 'boolean') profile[key] = entry;
      else issue(key, 'server-flag');
    } else if (key === 'signature_algorithm') {
      if (isJitsiAlgorithm(entry)) profile.signature_algorithm = entry;
      else issue(key, 'server-algorithm');
    } else {
      issue(key, 'server-unknown-key');
    }
  }
  return bad ? undefined : profile;
}
