import { commaList } from './comma-list.ts';
import { type EnvLineProblem, parseEnvFile } from './parse-env-file.ts';
import { isJitsiAlgorithm } from './profile-settings.ts';
import type { ServerProfile } from './types.ts';

/** What a docker-jitsi-meet `.env` says about tokens, and the settings that change a verdict. */
export interface DockerEnvProfile {
  profile: ServerProfile;
  /** `JWT_APP_SECRET`, apart from the profile so callers keep it in memory only. */
  secret?: string;
  /** `PUBLIC_URL` (default `https://localhost:8443`): where the web UI is. */
  publicUrl: string;
  /** The host (and port) of `PUBLIC_URL`, the meeting server's domain. */
  domain: string | undefined;
  notes: EnvNote[];
}

/**
 * One remark on one setting. `note`: how it changes the verdict; `warning`: it contradicts another
 * setting, is not read by the server as written, or the launcher cannot judge it.
 */
export interface EnvNote {
  level: 'note' | 'warning';
  setting: string;
  message: string;
}

/** The names docker-jitsi-meet's prosody template reads for tokens, with its defaults. */
export const DOCKER_ENV_DEFAULTS = {
  ENABLE_AUTH: '0',
  AUTH_TYPE: 'internal',
  JWT_AUTH_TYPE: 'token',
  JWT_TOKEN_AUTH_MODULE: 'token_verification',
  JWT_ALLOW_EMPTY: '0',
  JWT_ENABLE_DOMAIN_VERIFICATION: 'false',
  XMPP_DOMAIN: 'meet.jitsi',
  XMPP_MUC_DOMAIN: 'muc.meet.jitsi',
  PUBLIC_URL: 'https://localhost:8443',
} as const;

/** JWT_* names the template reads besides those mapped here, so no typo warning is given. */
const OTHER_JWT_NAMES = ['JWT_ACCEPTED_ALLOWNER_ISSUERS'];
const MAPPED_JWT_NAMES = [
  'JWT_APP_ID',
  'JWT_APP_SECRET',
  'JWT_ACCEPTED_ISSUERS',
  'JWT_ACCEPTED_AUDIENCES',
  'JWT_ASAP_KEYSERVER',
  'JWT_ALLOW_EMPTY',
  'JWT_ENABLE_DOMAIN_VERIFICATION',
  'JWT_SIGN_TYPE',
  'JWT_AUTH_TYPE',
  'JWT_TOKEN_AUTH_MODULE',
];

/** The template's `toBool` (Go's strconv.ParseBool); undefined for anything else. */
function toBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

function lineProblem(problem: EnvLineProblem): EnvNote {
  const setting = problem.name ?? `line ${problem.line}`;
  const where = `Line ${problem.line}`;
  const message = {
    'not-an-assignment': `${where} is not NAME=value; it was skipped.`,
    'bad-name': `${where}: "${problem.name ?? ''}" is not a variable name; the line was skipped.`,
    'unclosed-quote': `${where}: the quote that opens ${problem.name ?? 'the value'} is never closed; the line was skipped.`,
    'undefined-variable': `${where} uses \${${problem.name ?? ''}}, which no earlier line sets; it was read as empty.`,
  }[problem.kind];
  return { level: 'warning', setting, message };
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.host : undefined;
  } catch {
    return undefined;
  }
}

/** The file's values with the template's defaults, and the notes said so far. */
class EnvReader {
  readonly notes: EnvNote[];
  constructor(
    private readonly values: Record<string, string>,
    problems: EnvLineProblem[],
  ) {
    this.notes = problems.map(lineProblem);
  }

  /** A value the file gives; blank is not given (the template's `default` treats "" as unset). */
  given(name: string): string | undefined {
    const value = this.values[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  value(name: keyof typeof DOCKER_ENV_DEFAULTS): string {
    return this.given(name) ?? DOCKER_ENV_DEFAULTS[name];
  }

  flag(name: keyof typeof DOCKER_ENV_DEFAULTS): boolean {
    const text = this.value(name);
    const read = toBool(text);
    if (read !== undefined) return read;
    const fallback = toBool(DOCKER_ENV_DEFAULTS[name]) ?? false;
    this.warn(
      name,
      `${name}=${text} is not 1, 0, true or false; read as ${fallback ? 'true' : 'false'}, the default.`,
    );
    return fallback;
  }

  note(setting: string, message: string): void {
    this.notes.push({ level: 'note', setting, message });
  }

  warn(setting: string, message: string): void {
    this.notes.push({ level: 'warning', setting, message });
  }
}

/** Settings that decide whether tokens are checked at all, and by which modules. */
function readAuthentication(env: EnvReader): void {
  const authType = env.given('PROSODY_AUTH_TYPE') ?? env.value('AUTH_TYPE');
  if (!env.flag('ENABLE_AUTH')) {
    env.warn(
      'ENABLE_AUTH',
      `ENABLE_AUTH is ${env.given('ENABLE_AUTH') ?? 'not set (default 0)'}: the server asks for no token and lets everyone in. Set ENABLE_AUTH=1; the launcher judges as if it were.`,
    );
  }
  if (authType !== 'jwt') {
    env.warn(
      env.given('PROSODY_AUTH_TYPE') === undefined ? 'AUTH_TYPE' : 'PROSODY_AUTH_TYPE',
      `AUTH_TYPE is ${authType}${env.given('AUTH_TYPE') === undefined ? ' (the default)' : ''}, not jwt: the server does not check tokens and the JWT_ settings are not used. Set AUTH_TYPE=jwt; the launcher judges as if it were.`,
    );
  }
  const authModule = env.value('JWT_AUTH_TYPE');
  if (authModule !== 'token') {
    env.warn(
      'JWT_AUTH_TYPE',
      `JWT_AUTH_TYPE=${authModule}: prosody authenticates with mod_auth_${authModule}, not the token module; the launcher judges as the token module does.`,
    );
  }
  const joinModule = env.value('JWT_TOKEN_AUTH_MODULE');
  if (joinModule !== 'token_verification') {
    env.warn(
      'JWT_TOKEN_AUTH_MODULE',
      `JWT_TOKEN_AUTH_MODULE=${joinModule}: room joins are checked by ${joinModule}, not token_verification; the launcher's room-join verdict follows token_verification.`,
    );
  }
}

/** The app id, the key (secret or key server) and the algorithm; returns the secret in use. */
function readSigning(env: EnvReader, profile: ServerProfile): string | undefined {
  const appId = env.given('JWT_APP_ID');
  if (appId === undefined) {
    env.warn(
      'JWT_APP_ID',
      'JWT_APP_ID is not set: app_id is empty, so no issuer is accepted unless JWT_ACCEPTED_ISSUERS lists one.',
    );
  } else {
    profile.app_id = appId;
    env.note(
      'JWT_APP_ID',
      `app_id is ${appId}: the accepted issuer (iss) unless JWT_ACCEPTED_ISSUERS says otherwise.`,
    );
  }
  const keyServer = env.given('JWT_ASAP_KEYSERVER');
  const secret = env.given('JWT_APP_SECRET');
  if (keyServer !== undefined) {
    profile.asap_key_server = keyServer;
    env.note(
      'JWT_ASAP_KEYSERVER',
      `Tokens are RS256, checked with the public key the server fetches from ${keyServer.replace(/\/+$/, '')}/<hex(sha256(kid))>.pem; the header must name a kid.`,
    );
    if (secret !== undefined) {
      env.warn(
        'JWT_APP_SECRET',
        'JWT_APP_SECRET and JWT_ASAP_KEYSERVER are both set: with a key server the server checks RS256 signatures against it and never uses the secret.',
      );
    }
  } else if (secret !== undefined) {
    env.note(
      'JWT_APP_SECRET',
      'Tokens are HS256, signed with JWT_APP_SECRET as raw text (kept in memory only here).',
    );
  } else {
    env.warn(
      'JWT_APP_SECRET',
      'Neither JWT_APP_SECRET nor JWT_ASAP_KEYSERVER is set: the server has no key to check any signature with, so every token fails.',
    );
  }
  const algorithm = env.given('JWT_SIGN_TYPE');
  if (algorithm !== undefined && isJitsiAlgorithm(algorithm)) {
    profile.signature_algorithm = algorithm;
    env.note(
      'JWT_SIGN_TYPE',
      `signature_algorithm is ${algorithm}: tokens with another alg fail with "Invalid or incorrect alg".`,
    );
  } else if (algorithm !== undefined) {
    env.warn(
      'JWT_SIGN_TYPE',
      `JWT_SIGN_TYPE=${algorithm} is not an algorithm a Jitsi server knows (HS256/384/512, RS256/384/512): every token fails with "Algorithm not supported".`,
    );
  }
  return keyServer === undefined ? secret : undefined;
}

/** Accepted issuers and audiences, empty tokens, and what `sub` must name. */
function readClaimRules(env: EnvReader, profile: ServerProfile): void {
  // The template's `splitList "," | compact`.
  const issuers = commaList(env.given('JWT_ACCEPTED_ISSUERS') ?? '');
  if (issuers.length > 0) {
    profile.asap_accepted_issuers = issuers;
    env.note('JWT_ACCEPTED_ISSUERS', `iss must be one of: ${issuers.join(', ')}.`);
  }
  const audiences = commaList(env.given('JWT_ACCEPTED_AUDIENCES') ?? '');
  if (audiences.length > 0) {
    profile.asap_accepted_audiences = audiences;
    env.note('JWT_ACCEPTED_AUDIENCES', `aud must be one of: ${audiences.join(', ')}.`);
  }
  profile.allow_empty_token = env.flag('JWT_ALLOW_EMPTY');
  if (profile.allow_empty_token) {
    env.note(
      'JWT_ALLOW_EMPTY',
      'JWT_ALLOW_EMPTY is on: users without a token get in too; a token that is given is still checked.',
    );
  }
  const xmppDomain = env.value('XMPP_DOMAIN');
  profile.muc_mapper_domain_base = xmppDomain;
  profile.enable_domain_verification = env.flag('JWT_ENABLE_DOMAIN_VERIFICATION');
  env.note(
    'JWT_ENABLE_DOMAIN_VERIFICATION',
    profile.enable_domain_verification
      ? `Domain verification is on: on https://DOMAIN/room URLs sub must be ${xmppDomain} (XMPP_DOMAIN) or *; on tenant URLs, the tenant.`
      : 'Domain verification is off (the docker default): sub is not held against the domain; the room claim must still match.',
  );
  if (env.given('XMPP_DOMAIN') !== undefined) {
    env.note(
      'XMPP_DOMAIN',
      `The XMPP domain is ${xmppDomain}, not the public host name: it is what sub names.`,
    );
  }
  const mucDomain = env.value('XMPP_MUC_DOMAIN');
  if (env.given('XMPP_MUC_DOMAIN') !== undefined && !mucDomain.endsWith(`.${xmppDomain}`)) {
    env.warn(
      'XMPP_MUC_DOMAIN',
      `XMPP_MUC_DOMAIN=${mucDomain} is not under XMPP_DOMAIN (${xmppDomain}); the template maps rooms with the first label (${mucDomain.split('.')[0] ?? ''}) under ${xmppDomain}, so check that both agree.`,
    );
  }
}

/**
 * Reads docker-jitsi-meet's `.env` into a server profile, the inverse of `serverSetup`'s
 * `dockerEnv`: the names and defaults of its prosody template (`jitsi-meet.cfg.lua`). Empty
 * values mean the default, as in the template. Never throws.
 */
export function profileFromDockerEnv(text: string): DockerEnvProfile {
  const file = parseEnvFile(text);
  const env = new EnvReader(file.values, file.problems);
  const profile: ServerProfile = {};
  readAuthentication(env);
  const secret = readSigning(env, profile);
  readClaimRules(env, profile);
  const publicUrl = env.value('PUBLIC_URL');
  const domain = hostOf(publicUrl);
  if (domain === undefined) {
    env.warn(
      'PUBLIC_URL',
      `PUBLIC_URL=${publicUrl} is not an https:// URL; the meeting server is left as it was.`,
    );
  } else if (env.given('PUBLIC_URL') === undefined) {
    env.note('PUBLIC_URL', `PUBLIC_URL is not set: the web UI is at ${publicUrl}, the default.`);
  }
  for (const name of file.names) {
    const known = MAPPED_JWT_NAMES.includes(name) || OTHER_JWT_NAMES.includes(name);
    if (name.startsWith('JWT_') && !known) {
      env.warn(name, `${name} is not a setting docker-jitsi-meet reads: check its spelling.`);
    }
  }
  const result: DockerEnvProfile = { profile, publicUrl, domain, notes: env.notes };
  if (secret !== undefined) result.secret = secret;
  return result;
}
