import type { ServerProfile } from './types.ts';

export interface ServerSetupOptions {
  /** The public URL of the Jitsi web UI (docker-jitsi-meet `PUBLIC_URL`). */
  publicUrl?: string;
  /**
   * Write the HS secret into the snippets. Off: a placeholder stands in its place, so the
   * snippets can be shown or shared without the secret.
   */
  includeSecret?: boolean;
}

export interface ServerSetup {
  /** Lines for docker-jitsi-meet's `.env`. */
  dockerEnv: string;
  /** A prosody config snippet: global options, the `VirtualHost`, the conference component. */
  prosody: string;
}

const SECRET_PLACEHOLDER = '<the secret you sign with>';
const DEFAULT_XMPP_DOMAIN = 'meet.jitsi';

/**
 * The server configuration that accepts the tokens the launcher signs under `profile`:
 * docker-jitsi-meet `.env` lines and the equivalent plain prosody snippet.
 */
export function serverSetup(profile: ServerProfile, options: ServerSetupOptions = {}): ServerSetup {
  if (profile.jaas === true) return jaasSetup();
  const settings = resolve(profile, options);
  return { dockerEnv: dockerEnv(settings, options), prosody: prosody(settings) };
}

interface Settings {
  appId: string;
  secret?: string;
  keyServer?: string;
  algorithm: string;
  issuers: string[];
  audiences: string[];
  allowEmpty: boolean;
  domainVerification: boolean;
  xmppDomain: string;
  olderRelease: boolean;
}

function resolve(profile: ServerProfile, options: ServerSetupOptions): Settings {
  const appId = profile.app_id ?? '';
  const keyServer = nonEmpty(profile.asap_key_server);
  const secret =
    keyServer === undefined
      ? options.includeSecret === true
        ? (profile.app_secret ?? SECRET_PLACEHOLDER)
        : SECRET_PLACEHOLDER
      : undefined;
  return {
    appId,
    ...(secret === undefined ? {} : { secret }),
    ...(keyServer === undefined ? {} : { keyServer }),
    algorithm: profile.signature_algorithm ?? (keyServer === undefined ? 'HS256' : 'RS256'),
    issuers: profile.asap_accepted_issuers ?? [appId],
    audiences: profile.asap_accepted_audiences ?? ['*'],
    allowEmpty: profile.allow_empty_token ?? false,
    domainVerification: profile.enable_domain_verification ?? true,
    xmppDomain: nonEmpty(profile.muc_mapper_domain_base) ?? DEFAULT_XMPP_DOMAIN,
    olderRelease: profile.older_release ?? false,
  };
}

function dockerEnv(s: Settings, options: ServerSetupOptions): string {
  const lines = [
    '# docker-jitsi-meet .env: token authentication (restart with `docker compose up -d`)',
    'ENABLE_AUTH=1',
    'AUTH_TYPE=jwt',
    'ENABLE_GUESTS=0',
    `JWT_APP_ID=${envValue(s.appId)}`,
  ];
  if (s.keyServer === undefined) {
    lines.push(`JWT_APP_SECRET=${envValue(s.secret ?? SECRET_PLACEHOLDER)}`);
  } else {
    lines.push(
      '# The server fetches <JWT_ASAP_KEYSERVER>/<hex(sha256(kid))>.pem; it must reach this URL',
      `JWT_ASAP_KEYSERVER=${envValue(s.keyServer)}`,
    );
  }
  lines.push(
    `JWT_ACCEPTED_ISSUERS=${envValue(s.issuers.join(','))}`,
    `JWT_ACCEPTED_AUDIENCES=${envValue(s.audiences.join(','))}`,
    `JWT_ALLOW_EMPTY=${s.allowEmpty ? 1 : 0}`,
    `JWT_ENABLE_DOMAIN_VERIFICATION=${s.domainVerification ? 1 : 0}`,
    '# `sub` must name this XMPP domain on plain https://DOMAIN/room URLs',
    `XMPP_DOMAIN=${envValue(s.xmppDomain)}`,
  );
  if (options.publicUrl !== undefined) lines.push(`PUBLIC_URL=${envValue(options.publicUrl)}`);
  const defaultAlgorithm = s.keyServer === undefined ? 'HS256' : 'RS256';
  if (s.algorithm !== defaultAlgorithm) {
    lines.push(
      `# ${s.algorithm}: docker-jitsi-meet has no variable for signature_algorithm; set`,
      `# signature_algorithm = "${s.algorithm}" in the VirtualHost of a custom prosody config.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function prosody(s: Settings): string {
  const lines = [
    '-- Global section of the prosody config (e.g. /etc/prosody/conf.avail/<domain>.cfg.lua)',
    `muc_mapper_domain_base = ${lua(s.xmppDomain)}`,
    `asap_accepted_issuers = ${luaList(s.issuers)}`,
    `asap_accepted_audiences = ${luaList(s.audiences)}`,
    '',
    `VirtualHost ${lua(s.xmppDomain)}`,
    '    authentication = "token"',
    `    app_id = ${lua(s.appId)}`,
  ];
  if (s.keyServer === undefined) {
    lines.push(`    app_secret = ${lua(s.secret ?? SECRET_PLACEHOLDER)}`);
  } else {
    lines.push(`    asap_key_server = ${lua(s.keyServer)}`);
  }
  lines.push(
    `    signature_algorithm = ${lua(s.algorithm)}`,
    `    allow_empty_token = ${s.allowEmpty}`,
    `    enable_domain_verification = ${s.domainVerification}`,
    '',
    '-- Your conference (MUC) component: keep the modules it lists and add token_verification',
    `Component ${lua(`conference.${s.xmppDomain}`)} "muc"`,
    '    modules_enabled = {',
    '        "muc_meeting_id";',
    '        "token_verification";',
    '    }',
  );
  if (s.olderRelease) {
    lines.push(
      '',
      '-- Older releases do not check `sub` at login: a token without it fails the room join.',
    );
  }
  return `${lines.join('\n')}\n`;
}

function jaasSetup(): ServerSetup {
  const note = [
    'JaaS (8x8.vc) is hosted: there is no server to configure.',
    'In the JaaS console (API keys), upload the public key (PEM) and use the kid it shows,',
    '"vpaas-magic-cookie-<AppID>/<key id>"; sign with aud "jitsi", iss "chat", sub "<AppID>".',
  ];
  return {
    dockerEnv: `${note.map((line) => `# ${line}`).join('\n')}\n`,
    prosody: `${note.map((line) => `-- ${line}`).join('\n')}\n`,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** A value for a docker compose `.env` line, quoted only when it has to be. */
function envValue(value: string): string {
  if (/^[\w./:@,*+=<>-]*$/.test(value)) return value;
  if (!value.includes("'") && !/[\n\r]/.test(value)) return `'${value}'`;
  const escaped = value
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\$/g, '$$$$')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
  return `"${escaped}"`;
}

/** A Lua string literal. */
function lua(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
  return `"${escaped}"`;
}

function luaList(values: string[]): string {
  return `{ ${values.map(lua).join(', ')} }`;
}
