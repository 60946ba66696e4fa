import type { JitsiAlgorithm, Result } from '../core/types.ts';
import type {
  ConfigProblem,
  EndpointConfig,
  JsonMap,
  LauncherConfig,
  PublicServerProfile,
} from './launcher-config.ts';

const DEFAULT_ENDPOINT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_SCRIPT_TIMEOUT_MS = 15_000;
const ALGORITHMS: readonly JitsiAlgorithm[] = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
];
const CREDENTIALS: readonly RequestCredentials[] = ['include', 'same-origin', 'omit'];
const TOP_LEVEL_KEYS = [
  '$schema',
  'mode',
  'domains',
  'tenant',
  'endpoint',
  'debugPanel',
  'scriptTimeoutMs',
  'configOverwrite',
  'interfaceConfigOverwrite',
  'server',
];
const SERVER_STRING_KEYS = ['app_id', 'asap_key_server', 'public_key', 'muc_mapper_domain_base'];
const SERVER_LIST_KEYS = ['asap_accepted_issuers', 'asap_accepted_audiences'];
const SERVER_FLAG_KEYS = [
  'asap_require_room_claim',
  'allow_empty_token',
  'enable_domain_verification',
  'older_release',
  'jaas',
];
/** host or host:port, lowercase letters, digits, dots and dashes. */
const DOMAIN_PATTERN =
  /^(?=.{1,253}(?::|$))[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;
const TENANT_PATTERN = /^[a-z0-9][a-z0-9_.-]*$/i;

export function isJsonMap(value: unknown): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a domain entry is not a bare host name, or undefined when it is one. */
export function domainProblem(value: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'has a scheme';
  if (value.includes('/')) return 'has a path';
  if (value !== value.toLowerCase()) return 'has capital letters';
  if (!DOMAIN_PATTERN.test(value)) return 'is not a host name';
  return undefined;
}

/**
 * Checks parsed `config.json` and fills defaults. Every bad field is reported at once, each with
 * the fix, so an operator mends the file in one pass.
 */
export function validateConfig(input: unknown): Result<LauncherConfig, ConfigProblem[]> {
  const problems: ConfigProblem[] = [];
  const problem = (field: string, message: string, fix: string) => {
    problems.push({ field, message, fix });
  };
  if (!isJsonMap(input)) {
    problem(
      '(file)',
      'The file is not a JSON object.',
      'Write an object: { "mode": "endpoint", "domains": ["meet.example.com"], ... }.',
    );
    return { ok: false, error: problems };
  }

  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      problem(
        key,
        `"${key}" is not a setting the launcher knows.`,
        `Remove it, or check its spelling against the README (${TOP_LEVEL_KEYS.slice(1).join(', ')}).`,
      );
    }
  }

  const mode = input.mode;
  if (mode !== 'endpoint' && mode !== 'local') {
    problem(
      'mode',
      mode === undefined ? 'mode is missing.' : 'mode must be "endpoint" or "local".',
      'Set "mode": "endpoint" to get tokens from your token endpoint, or "local" to sign them in the browser for development.',
    );
  }

  const domains: string[] = [];
  if (!Array.isArray(input.domains) || input.domains.length === 0) {
    problem(
      'domains',
      'domains must be a non-empty list of Jitsi host names: the only places a token is sent.',
      'Set "domains": ["meet.example.com"] (the first is the default).',
    );
  } else {
    input.domains.forEach((entry: unknown, index: number) => {
      const field = `domains[${index}]`;
      if (typeof entry !== 'string') {
        problem(
          field,
          'Each domain must be a string.',
          'Write the host name in quotes: "meet.example.com".',
        );
        return;
      }
      const why = domainProblem(entry);
      if (why !== undefined) {
        problem(
          field,
          `"${entry}" ${why}.`,
          'Write only the host name (and port if not 443), lowercase, without https:// or a path: "meet.example.com" or "localhost:8443".',
        );
        return;
      }
      if (domains.includes(entry)) {
        problem(field, `"${entry}" is listed twice.`, 'Remove the duplicate.');
        return;
      }
      domains.push(entry);
    });
  }

  let tenant: string | undefined;
  if (input.tenant !== undefined && input.tenant !== '') {
    if (typeof input.tenant !== 'string' || !TENANT_PATTERN.test(input.tenant)) {
      problem(
        'tenant',
        'tenant must be one path segment of letters, digits, "-", "_" or ".".',
        'Write the tenant as it appears in https://DOMAIN/TENANT/ROOM, e.g. "sales", or remove it.',
      );
    } else {
      tenant = input.tenant;
    }
  }

  const endpoint = validateEndpoint(input.endpoint, mode === 'endpoint', problem);

  let debugPanel = false;
  if (input.debugPanel !== undefined) {
    if (typeof input.debugPanel === 'boolean') debugPanel = input.debugPanel;
    else
      problem(
        'debugPanel',
        'debugPanel must be true or false.',
        'Write true or false without quotes.',
      );
  }

  let scriptTimeoutMs = DEFAULT_SCRIPT_TIMEOUT_MS;
  if (input.scriptTimeoutMs !== undefined) {
    if (isDuration(input.scriptTimeoutMs)) scriptTimeoutMs = input.scriptTimeoutMs;
    else
      problem(
        'scriptTimeoutMs',
        'scriptTimeoutMs must be a whole number of milliseconds between 100 and 120000.',
        `Write a number such as ${DEFAULT_SCRIPT_TIMEOUT_MS}, or remove it for the default.`,
      );
  }

  const overwrite = (key: 'configOverwrite' | 'interfaceConfigOverwrite'): JsonMap => {
    const value = input[key];
    if (value === undefined) return {};
    if (isJsonMap(value)) return value;
    problem(
      key,
      `${key} must be an object of Jitsi settings.`,
      `Write "${key}": { ... } or remove it.`,
    );
    return {};
  };
  const configOverwrite = overwrite('configOverwrite');
  const interfaceConfigOverwrite = overwrite('interfaceConfigOverwrite');

  const server = validateServer(input.server, problem);

  if (problems.length > 0 || (mode !== 'endpoint' && mode !== 'local')) {
    return { ok: false, error: problems };
  }
  const config: LauncherConfig = {
    mode,
    domains,
    debugPanel,
    scriptTimeoutMs,
    configOverwrite,
    interfaceConfigOverwrite,
  };
  if (tenant !== undefined) config.tenant = tenant;
  if (endpoint !== undefined) config.endpoint = endpoint;
  if (server !== undefined) config.server = server;
  return { ok: true, value: config };
}

type Report = (field: string, message: string, fix: string) => void;

function isDuration(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 120_000;
}

function validateEndpoint(
  value: unknown,
  required: boolean,
  problem: Report,
): EndpointConfig | undefined {
  if (value === undefined) {
    if (required) {
      problem(
        'endpoint',
        'mode "endpoint" needs an endpoint to get tokens from.',
        'Add "endpoint": { "url": "/api/jitsi-token" } (see "Token endpoint contract" in the README).',
      );
    }
    return undefined;
  }
  if (!isJsonMap(value)) {
    problem(
      'endpoint',
      'endpoint must be an object.',
      'Write "endpoint": { "url": "/api/jitsi-token", "method": "POST" }.',
    );
    return undefined;
  }
  const before = { count: 0 };
  const report: Report = (field, message, fix) => {
    before.count += 1;
    problem(field, message, fix);
  };
  let url = '';
  if (typeof value.url !== 'string' || value.url.trim() === '') {
    report(
      'endpoint.url',
      'endpoint.url is missing.',
      'Set the URL of your token endpoint, absolute (https://sso.example.com/jitsi-token) or relative to the launcher (/api/jitsi-token).',
    );
  } else if (/^(?![a-z][a-z0-9+.-]*:)/i.test(value.url) || /^https?:/i.test(value.url)) {
    url = value.url.trim();
  } else {
    report(
      'endpoint.url',
      `endpoint.url uses a scheme other than http(s).`,
      'Use an https:// URL or a path such as /api/jitsi-token.',
    );
  }
  let method: EndpointConfig['method'] = 'POST';
  if (value.method !== undefined) {
    if (value.method === 'POST' || value.method === 'GET') method = value.method;
    else
      report(
        'endpoint.method',
        'endpoint.method must be "POST" or "GET".',
        'Use "POST" (JSON body) or "GET" (query parameters).',
      );
  }
  let credentials: RequestCredentials = 'include';
  if (value.credentials !== undefined) {
    const found = CREDENTIALS.find((entry) => entry === value.credentials);
    if (found === undefined) {
      report(
        'endpoint.credentials',
        'endpoint.credentials must be "include", "same-origin" or "omit".',
        'Keep "include" (the default) so single sign-on cookies go with the request.',
      );
    } else {
      credentials = found;
    }
  }
  let timeoutMs = DEFAULT_ENDPOINT_TIMEOUT_MS;
  if (value.timeoutMs !== undefined) {
    if (isDuration(value.timeoutMs)) timeoutMs = value.timeoutMs;
    else
      report(
        'endpoint.timeoutMs',
        'endpoint.timeoutMs must be a whole number of milliseconds between 100 and 120000.',
        `Write a number such as ${DEFAULT_ENDPOINT_TIMEOUT_MS}, or remove it for the default.`,
      );
  }
  let retries = DEFAULT_RETRIES;
  if (value.retries !== undefined) {
    if (
      typeof value.retries === 'number' &&
      Number.isInteger(value.retries) &&
      value.retries >= 0 &&
      value.retries <= 5
    )
      retries = value.retries;
    else
      report(
        'endpoint.retries',
        'endpoint.retries must be a whole number from 0 to 5.',
        `Write a number such as ${DEFAULT_RETRIES}, or remove it for the default.`,
      );
  }
  for (const key of Object.keys(value)) {
    if (!['url', 'method', 'credentials', 'timeoutMs', 'retries'].includes(key)) {
      report(
        `endpoint.${key}`,
        `"${key}" is not an endpoint setting.`,
        'Remove it; the endpoint settings are url, method, credentials, timeoutMs and retries.',
      );
    }
  }
  if (before.count > 0) return undefined;
  return { url, method, credentials, timeoutMs, retries };
}

function validateServer(value: unknown, problem: Report): PublicServerProfile | undefined {
  if (value === undefined) return undefined;
  if (!isJsonMap(value)) {
    problem(
      'server',
      'server must be an object of prosody token settings.',
      'Write "server": { "muc_mapper_domain_base": "meet.jitsi" } or remove it.',
    );
    return undefined;
  }
  const profile: PublicServerProfile = {};
  let bad = false;
  const report: Report = (field, message, fix) => {
    bad = true;
    problem(field, message, fix);
  };
  for (const [key, entry] of Object.entries(value)) {
    const field = `server.${key}`;
    if (key === 'app_secret') {
      report(
        field,
        'config.json is public: every visitor can read this secret.',
        'Remove app_secret from config.json now and change the secret on the Jitsi server; the launcher needs no secret in endpoint mode.',
      );
    } else if (SERVER_STRING_KEYS.includes(key)) {
      if (typeof entry !== 'string' || entry === '')
        report(
          field,
          `${key} must be a non-empty string.`,
          `Write it in quotes as in your prosody config, or remove it.`,
        );
      else setString(profile, key, entry);
    } else if (SERVER_LIST_KEYS.includes(key)) {
      if (!Array.isArray(entry) || !entry.every((item: unknown) => typeof item === 'string')) {
        report(
          field,
          `${key} must be a list of strings.`,
          `Write it as ["value", ...], or "*" in the list to accept any.`,
        );
      } else {
        const list = entry.filter((item: unknown): item is string => typeof item === 'string');
        if (key === 'asap_accepted_issuers') profile.asap_accepted_issuers = list;
        else profile.asap_accepted_audiences = list;
      }
    } else if (SERVER_FLAG_KEYS.includes(key)) {
      if (typeof entry !== 'boolean')
        report(field, `${key} must be true or false.`, 'Write true or false without quotes.');
      else setFlag(profile, key, entry);
    } else if (key === 'signature_algorithm') {
      const alg = ALGORITHMS.find((item) => item === entry);
      if (alg === undefined)
        report(
          field,
          'signature_algorithm must be one a Jitsi server knows.',
          `Use one of ${ALGORITHMS.join(', ')}.`,
        );
      else profile.signature_algorithm = alg;
    } else {
      report(
        field,
        `"${key}" is not a server setting the launcher knows.`,
        `Remove it, or use one of ${[...SERVER_STRING_KEYS, ...SERVER_LIST_KEYS, ...SERVER_FLAG_KEYS, 'signature_algorithm'].join(', ')}.`,
      );
    }
  }
  return bad ? undefined : profile;
}

function setString(profile: PublicServerProfile, key: string, value: string): void {
  if (key === 'app_id') profile.app_id = value;
  else if (key === 'asap_key_server') profile.asap_key_server = value;
  else if (key === 'public_key') profile.public_key = value;
  else if (key === 'muc_mapper_domain_base') profile.muc_mapper_domain_base = value;
}

function setFlag(profile: PublicServerProfile, key: string, value: boolean): void {
  if (key === 'asap_require_room_claim') profile.asap_require_room_claim = value;
  else if (key === 'allow_empty_token') profile.allow_empty_token = value;
  else if (key === 'enable_domain_verification') profile.enable_domain_verification = value;
  else if (key === 'older_release') profile.older_release = value;
  else if (key === 'jaas') profile.jaas = value;
}
