import type { LauncherConfig } from '../config/launcher-config.ts';
import { SCRIPT_POLICY_NAME } from '../meeting/script-url-policy.ts';

/** One response header, as a server sends it. */
export interface Header {
  name: string;
  value: string;
}

/** What the launcher's page loads from where: read from a validated config. */
export interface PolicyInputs {
  /** `https://DOMAIN` of every Jitsi domain: its external_api.js and its meeting frame. */
  jitsiOrigins: string[];
  /** Origins the page fetches from besides its own: a token endpoint on another origin. */
  connectOrigins: string[];
  /** Origins of images besides its own: a brand logo on another origin. */
  imageOrigins: string[];
  /** The pages that may frame the launcher; none means no page may. */
  parentOrigins: string[];
}

/** A stand-in for the launcher's own address: what resolves to it is 'self'. */
const SELF = 'https://launcher.invalid/';

/** The origin `url` points at when it is not the launcher's own, else undefined. */
function foreignOrigin(url: string): string | undefined {
  try {
    const { origin } = new URL(url, SELF);
    return origin === new URL(SELF).origin ? undefined : origin;
  } catch {
    return undefined;
  }
}

function unique(list: (string | undefined)[]): string[] {
  return [...new Set(list.filter((entry): entry is string => entry !== undefined))];
}

/** The origins a config makes the page talk to. */
export function policyInputs(config: LauncherConfig): PolicyInputs {
  return {
    jitsiOrigins: config.domains.map((domain) => `https://${domain}`),
    connectOrigins: unique([
      config.endpoint === undefined ? undefined : foreignOrigin(config.endpoint.url),
      // The lab checks signatures against the key server it signs for.
      config.mode === 'local' && config.server?.asap_key_server !== undefined
        ? foreignOrigin(config.server.asap_key_server)
        : undefined,
    ]),
    imageOrigins: unique([
      config.brand?.logoUrl === undefined ? undefined : foreignOrigin(config.brand.logoUrl),
    ]),
    parentOrigins: config.embed?.parentOrigins ?? [],
  };
}

/**
 * The launcher's Content-Security-Policy: nothing by default; scripts from the launcher and the
 * Jitsi domains (their external_api.js) only, under Trusted Types with the loader's one policy;
 * frames from the Jitsi domains; requests to the launcher and its token endpoint; styles only
 * from the launcher's files; framed only by the configured parent pages.
 */
export function contentSecurityPolicy(inputs: PolicyInputs): string {
  const list = (...sources: string[]) => sources.join(' ');
  const directives: [string, string][] = [
    ['default-src', "'none'"],
    ['script-src', list("'self'", ...inputs.jitsiOrigins)],
    ['style-src', "'self'"],
    // data: is the inline favicon of index.html.
    ['img-src', list("'self'", 'data:', ...inputs.imageOrigins)],
    ['connect-src', list("'self'", ...inputs.connectOrigins)],
    ['frame-src', list(...inputs.jitsiOrigins)],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    [
      'frame-ancestors',
      inputs.parentOrigins.length === 0 ? "'none'" : list(...inputs.parentOrigins),
    ],
    ['require-trusted-types-for', "'script'"],
    ['trusted-types', SCRIPT_POLICY_NAME],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** What the meeting frame needs, granted to the launcher and the Jitsi domains; the rest off. */
function permissionsPolicy(inputs: PolicyInputs): string {
  const meeting = `(self ${inputs.jitsiOrigins.map((origin) => `"${origin}"`).join(' ')})`;
  const granted = [
    'camera',
    'microphone',
    'display-capture',
    'autoplay',
    'fullscreen',
    'clipboard-write',
  ];
  const denied = ['geolocation', 'payment', 'usb', 'serial', 'midi'];
  return [
    ...granted.map((feature) => `${feature}=${meeting}`),
    ...denied.map((feature) => `${feature}=()`),
  ].join(', ');
}

/** Every response header the launcher's files should be served with, for this config. */
export function deploymentHeaders(config: LauncherConfig): Header[] {
  const inputs = policyInputs(config);
  const headers: Header[] = [
    { name: 'Content-Security-Policy', value: contentSecurityPolicy(inputs) },
    { name: 'Referrer-Policy', value: 'no-referrer' },
    { name: 'Permissions-Policy', value: permissionsPolicy(inputs) },
    { name: 'X-Content-Type-Options', value: 'nosniff' },
  ];
  // For browsers without frame-ancestors; it cannot name several parents, so only without any.
  if (inputs.parentOrigins.length === 0) headers.push({ name: 'X-Frame-Options', value: 'DENY' });
  return headers;
}
