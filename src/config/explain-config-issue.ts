import { JITSI_ALGORITHMS } from '../core/profile-settings.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import type { ConfigIssue } from './config-issue.ts';
import type { ConfigProblem } from './launcher-config.ts';
import {
  DEFAULT_ENDPOINT_TIMEOUT_MS,
  DEFAULT_RETRIES,
  DEFAULT_SCRIPT_TIMEOUT_MS,
  ENDPOINT_KEYS,
  SERVER_KEYS,
  TOP_LEVEL_KEYS,
} from './validate-config.ts';
import { EMBED_KEYS } from './validate-embed.ts';
import {
  BRAND_KEYS,
  DISPLAY_NAME_MODES,
  MIN_ACCENT_CONTRAST,
  SUPPORT_KEYS,
} from './validate-join-page.ts';

const HOST_FIX =
  'Write only the host name (and the port if not 443), lowercase, without https:// or a path: "meet.example.com" or "localhost:8443".';
const BOOLEAN_FIX = 'Write true or false, without quotes.';
const ORIGIN_FIX =
  'Write the origin of the page that frames the launcher, as the browser reports it: scheme, host and port only, such as "https://intranet.example.com".';

/** What is wrong with a field and how to fix it, in plain words. */
export function explainConfigIssue(issue: ConfigIssue): ConfigProblem {
  const [message, fix] = words(issue);
  return { field: issue.field, message, fix };
}

function words({ field, code, value = '' }: ConfigIssue): [string, string] {
  switch (code) {
    case 'not-object':
      return [
        'The file is not a JSON object.',
        'Write an object: { "mode": "endpoint", "domains": ["meet.example.com"], ... }.',
      ];
    case 'unknown-key':
      return [
        `"${value}" is not a setting the launcher knows.`,
        `Remove it, or check its spelling: the settings are ${TOP_LEVEL_KEYS.join(', ')}.`,
      ];
    case 'mode-missing':
      return [
        'mode is missing.',
        'Set "mode": "endpoint" to get tokens from your token endpoint, or "local" to sign them in the browser for development.',
      ];
    case 'mode-invalid':
      return [
        'mode must be "endpoint" or "local".',
        'Set "mode": "endpoint" to get tokens from your token endpoint, or "local" to sign them in the browser for development.',
      ];
    case 'domains-empty':
      return [
        'domains must be a non-empty list of Jitsi host names: the only places a token is ever sent.',
        'Set "domains": ["meet.example.com"] (the first is the default).',
      ];
    case 'domain-not-string':
      return [
        'Each domain must be a string.',
        'Write the host name in quotes: "meet.example.com".',
      ];
    case 'domain-scheme':
      return [`"${value}" has a scheme.`, HOST_FIX];
    case 'domain-path':
      return [`"${value}" has a path.`, `${HOST_FIX} A tenant goes in "tenant".`];
    case 'domain-uppercase':
      return [`"${value}" has capital letters.`, HOST_FIX];
    case 'domain-invalid':
      return [`"${value}" is not a host name.`, HOST_FIX];
    case 'domain-port':
      return [`"${value}" has a port outside 1-65535.`, HOST_FIX];
    case 'domain-duplicate':
      return [`"${value}" is listed twice.`, 'Remove the duplicate.'];
    case 'tenant-invalid':
      return [
        'tenant must be one path segment of letters, digits, "-", "_" or ".".',
        'Write the tenant as it appears in https://DOMAIN/TENANT/ROOM, e.g. "sales", or remove it.',
      ];
    case 'endpoint-missing':
      return [
        'mode "endpoint" needs an endpoint to get tokens from.',
        'Add "endpoint": { "url": "/api/jitsi-token" } (see "Token endpoint contract" in the README).',
      ];
    case 'endpoint-not-object':
      return [
        'endpoint must be an object.',
        'Write "endpoint": { "url": "/api/jitsi-token", "method": "POST" }.',
      ];
    case 'endpoint-url-missing':
      return [
        'endpoint.url is missing.',
        'Set the URL of your token endpoint, absolute (https://sso.example.com/jitsi-token) or relative to the launcher (/api/jitsi-token).',
      ];
    case 'endpoint-url-scheme':
      return [
        'endpoint.url uses a scheme other than http(s).',
        'Use an https:// URL or a path such as /api/jitsi-token.',
      ];
    case 'endpoint-url-invalid':
      return [
        `endpoint.url "${value}" is not a valid URL (spaces, a bad host name or port?).`,
        'Write a URL such as https://sso.example.com/jitsi-token or a path such as /api/jitsi-token; encode spaces and other special characters (%20).',
      ];
    case 'endpoint-url-credentials':
      return [
        'endpoint.url holds a user name or password (user:pass@): config.json is public, so every visitor can read them.',
        'Remove them from the URL and change that password; the endpoint knows the user from the single sign-on cookies.',
      ];
    case 'endpoint-method':
      return [
        'endpoint.method must be "POST" or "GET".',
        'Use "POST" (JSON body, the default) or "GET" (query parameters).',
      ];
    case 'endpoint-credentials':
      return [
        'endpoint.credentials must be "include", "same-origin" or "omit".',
        'Keep "include" (the default) so the single sign-on cookies go with the request.',
      ];
    case 'endpoint-timeout':
      return [
        'endpoint.timeoutMs must be a whole number of milliseconds from 100 to 120000.',
        `Write a number such as ${DEFAULT_ENDPOINT_TIMEOUT_MS}, or remove it for that default.`,
      ];
    case 'endpoint-retries':
      return [
        'endpoint.retries must be a whole number from 0 to 5.',
        `Write a number such as ${DEFAULT_RETRIES}, or remove it for that default.`,
      ];
    case 'endpoint-unknown-key':
      return [
        `"${value}" is not an endpoint setting.`,
        `Remove it; the endpoint settings are ${ENDPOINT_KEYS.join(', ')}.`,
      ];
    case 'debug-panel-type':
      return ['debugPanel must be true or false.', BOOLEAN_FIX];
    case 'script-timeout':
      return [
        'scriptTimeoutMs must be a whole number of milliseconds from 100 to 120000.',
        `Write a number such as ${DEFAULT_SCRIPT_TIMEOUT_MS}, or remove it for that default.`,
      ];
    case 'overwrite-not-object':
      return [
        `${field} must be an object of Jitsi settings.`,
        `Write "${field}": { ... }, or remove it.`,
      ];
    case 'server-not-object':
      return [
        'server must be an object of prosody token settings.',
        'Write "server": { "muc_mapper_domain_base": "meet.jitsi" }, or remove it.',
      ];
    case 'server-secret':
      return [
        'config.json is public: every visitor can read this secret.',
        'Remove app_secret from config.json now and change the secret on the Jitsi server; the launcher needs no secret in endpoint mode.',
      ];
    case 'server-string':
      return [
        `${value} must be a non-empty string.`,
        'Write it in quotes as in your prosody config, or remove it.',
      ];
    case 'server-list':
      return [
        `${value} must be a list of strings.`,
        'Write it as ["value", ...]; an entry "*" accepts any.',
      ];
    case 'server-flag':
      return [`${value} must be true or false.`, BOOLEAN_FIX];
    case 'server-algorithm':
      return [
        'signature_algorithm must be one a Jitsi server knows.',
        `Use one of ${JITSI_ALGORITHMS.join(', ')}.`,
      ];
    case 'too-many-issues':
      return [
        `${Number(value).toLocaleString('en')} more problems are not listed.`,
        "Fix the ones above and reload: a file with this many problems is probably not the launcher's config.json.",
      ];
    case 'server-unknown-key':
      return [
        `"${value}" is not a server setting the launcher knows.`,
        `Remove it, or use one of ${SERVER_KEYS.join(', ')}.`,
      ];
    case 'display-name-mode':
      return [
        `displayName must be one of ${DISPLAY_NAME_MODES.map((mode) => `"${mode}"`).join(', ')}.`,
        'Use "required" (the user types a name), "optional", or "fromToken" (the token endpoint knows who the user is: no name field).',
      ];
    case 'auto-join-type':
      return ['autoJoin must be true or false.', BOOLEAN_FIX];
    case 'brand-not-object':
      return [
        'brand must be an object.',
        'Write "brand": { "title": "Acme Meetings", "logoUrl": "./logo.svg", "accentColor": "#0b5cad" }, or remove it.',
      ];
    case 'brand-title':
      return [
        'brand.title must be a non-empty string.',
        "Write your organisation's name in quotes.",
      ];
    case 'brand-logo-url':
      return [
        'brand.logoUrl must be a path beside the launcher or an https: address.',
        'Write "./logo.svg" or "https://example.com/logo.svg".',
      ];
    case 'brand-accent-color':
      return ['brand.accentColor must be a hex colour.', 'Write it as "#0b5cad" or "#05a".'];
    case 'brand-accent-contrast':
      return [
        `White text on brand.accentColor ${value} is hard to read: the contrast must be at least ${MIN_ACCENT_CONTRAST}:1.`,
        'Choose a darker colour, such as "#0b5cad".',
      ];
    case 'support-not-object':
      return [
        'support must be an object.',
        'Write "support": { "text": "IT help desk", "url": "https://help.example.com" }, or remove it.',
      ];
    case 'support-text':
      return [
        'support.text must be a non-empty string.',
        'Write what users should read, such as "IT help desk, ext. 1234".',
      ];
    case 'support-url':
      return [
        'support.url must start with https: or mailto:.',
        'Write "https://help.example.com" or "mailto:help@example.com", or remove it.',
      ];
    case 'join-page-unknown-key':
      return [
        `"${value}" is not a setting of ${field.split('.')[0]}.`,
        `Remove it; the settings are ${(field.startsWith('brand') ? BRAND_KEYS : SUPPORT_KEYS).join(', ')}.`,
      ];
    case 'lang-invalid':
      return [
        `lang must be one of the languages the launcher speaks: ${LANGUAGES.join(', ')}.`,
        `Write one of ${LANGUAGES.map((language) => `"${language}"`).join(', ')}, or remove lang to follow each browser's language.`,
      ];
    case 'embed-not-object':
      return [
        'embed must be an object.',
        'Write "embed": { "parentOrigins": ["https://intranet.example.com"] }, or remove it.',
      ];
    case 'embed-unknown-key':
      return [
        `"${value}" is not an embed setting.`,
        `Remove it; the embed settings are ${EMBED_KEYS.join(', ')}.`,
      ];
    case 'embed-origins-not-list':
      return [
        'embed.parentOrigins must be a list of origins.',
        'Write "parentOrigins": ["https://intranet.example.com"].',
      ];
    case 'embed-origin-not-string':
      return ['Each parent origin must be a string.', ORIGIN_FIX];
    case 'embed-origin-wildcard':
      return [
        'A parent origin cannot contain "*": events go only to origins named in full.',
        `${ORIGIN_FIX} List each intranet origin.`,
      ];
    case 'embed-origin-invalid':
      return [`"${value}" is not an http(s) origin.`, ORIGIN_FIX];
    case 'embed-origin-not-exact':
      return [
        'This parent origin is not written as the browser reports it (a path, a trailing slash, capital letters or a default port?).',
        `Write "${value}".`,
      ];
    case 'embed-origin-duplicate':
      return [`"${value}" is listed twice.`, 'Remove the duplicate.'];
  }
}
