import { parseArgs } from 'node:util';
import { buildClaims } from '../core/build-claims.ts';
import { decodeToken } from '../core/decode-token.ts';
import { effectiveProfile } from '../core/effective-profile.ts';
import { nestsDeeperThan } from '../core/format-json.ts';
import { isJsonObject } from '../core/json-guards.ts';
import { asapKeyUrl } from '../core/keys/asap-file-name.ts';
import { importPrivateKey } from '../core/keys/import-private-key.ts';
import { parseMeetingUrl } from '../core/parse-meeting-url.ts';
import { signToken } from '../core/sign-token.ts';
import type { JsonObject, ServerProfile, SigningKey, Target } from '../core/types.ts';
import { verifySignature } from '../core/verify-signature.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { MAX_LIFETIME_SECONDS, parseDuration } from './parse-duration.ts';
import { readJsonFile, readProfileFile, readUserFile } from './read-profile-file.ts';
import { oneLine } from './terminal-safe.ts';

export const SECRET_ENV = 'JITSI_JWT_SECRET';

/** Deepest nesting sign accepts in --claims. */
const MAX_CLAIMS_DEPTH = 32;

const JAAS_FEATURES = {
  livestreaming: 'false',
  recording: 'false',
  transcription: 'false',
  'outbound-call': 'false',
} as const;

export const SIGN_HELP = `Usage: jitsi-jwt sign --profile FILE.json [--claims FILE.json] [--room R] [--name N] [--url URL]
                     [--lifetime 1h] [--key FILE | secret from $${SECRET_ENV}] [--kid KID] [--force]

Signs a token the server described by the profile accepts, and prints it. Refuses (exit 1, with the
reasons) a token that server would reject, unless --force.

  --profile FILE   the server settings (see "jitsi-jwt inspect --help")
  --claims FILE    JSON merged over the built claims (context is merged key by key)
  --room R         the room as typed ("Daily Standup"); written as the server compares it
                   ("daily%20standup"); default: the room of --url, else "*"
  --url URL        the meeting; its tenant becomes sub and the room join is checked too
  --name N         context.user.name
  --lifetime D     how long the token is valid: 90s, 30m, 1h, 2d (default 1h, at most 366d)
  --key FILE       RSA private key (PKCS#8 or PKCS#1 PEM, JWK or JWKS) for RS256
  --kid KID        the key id put in the header (default: the JWK's kid)
  --at UNIX_TIME   sign as if it were this time
  --force          sign even if the server would refuse the token, or without checking that
                   the asap_key_server serves this key's public half (offline use)

HS256: the secret comes from $${SECRET_ENV}, else from app_secret in the profile.
iss is the first accepted issuer (default app_id), aud the first strict audience (default "jitsi"),
sub the tenant of --url, else muc_mapper_domain_base, else "*". JaaS: sub is the kid's AppID and
context.features starts with livestreaming, recording, transcription and outbound-call "false".
`;

const KID_FIX =
  'pass --kid KID: the key id whose <hex(sha256(KID))>.pem the key server serves (jitsi-jwt keygen printed it).';

/** How long sign waits for the key server before refusing. */
const KEY_SERVER_TIMEOUT_MS = 5000;

/**
 * With asap_key_server, the server verifies with the file it fetches for the kid: check that file
 * is the public half of the signing key, by verifying the fresh token as the server would.
 * Returns the refusal text, or undefined when the key server holds the right key.
 */
async function keyServerMismatch(
  io: CliIo,
  token: string,
  keyServer: string,
  kid: string,
): Promise<string | undefined> {
  const decoded = decodeToken(token);
  if (!decoded.ok) return `The signed token could not be decoded: ${decoded.error.message}`;
  const outcome = await verifySignature(
    decoded.value,
    { asap_key_server: keyServer },
    { fetch: io.fetch, timeoutMs: KEY_SERVER_TIMEOUT_MS },
  );
  if (outcome.status === 'valid') return undefined;
  const url = await asapKeyUrl(keyServer, kid);
  const problem =
    outcome.status === 'invalid'
      ? `the key server's file at ${url} is not the public half of this signing key (the server would say "Invalid signature")`
      : `the key server has no usable key for kid ${JSON.stringify(kid)} at ${url} (the server would say "could not obtain public key"): ${outcome.message}`;
  return `Not signed: ${problem}
  fix: pass the --kid whose key file the server holds; or serve this key's public half at ${url} (jitsi-jwt keygen --kid ${JSON.stringify(kid)} --out DIR writes it as DIR/asap/${url.slice(url.lastIndexOf('/') + 1)}); or run keygen for a new kid and serve its asap/ folder.
Offline, or before the file is published: add --force to sign without this check.
`;
}

function firstStrict(list: readonly string[]): string | undefined {
  return list.find((entry) => entry !== '*');
}

function mergeClaims(base: JsonObject, extra: JsonObject): JsonObject {
  const merged: JsonObject = { ...base, ...extra };
  if (isJsonObject(base.context) && isJsonObject(extra.context))
    merged.context = { ...base.context, ...extra.context };
  return merged;
}

async function signingKey(
  io: CliIo,
  profile: ServerProfile,
  keyPath: string | undefined,
  kid: string | undefined,
): Promise<SigningKey> {
  const algorithm = effectiveProfile(profile).algorithm;
  if (keyPath) {
    if (!algorithm.startsWith('RS')) {
      throw new UsageError(
        `This profile expects ${algorithm} (a shared secret); --key is for RS256. Set the secret in $${SECRET_ENV}.`,
      );
    }
    const text = await readUserFile(io, keyPath, 'key');
    const alg = algorithm === 'RS384' || algorithm === 'RS512' ? algorithm : 'RS256';
    const imported = await importPrivateKey(text, { alg });
    if (!imported.ok) throw new UsageError(`${keyPath}: ${imported.error.message}`);
    const keyId = kid ?? imported.value.kid;
    return keyId ? { alg, kid: keyId, key: imported.value.key } : { alg, key: imported.value.key };
  }
  if (algorithm.startsWith('RS')) {
    throw new UsageError(
      `This profile expects ${algorithm}: give the private key with --key FILE (and --kid).`,
    );
  }
  // An empty variable (JITSI_JWT_SECRET= in a CI file) counts as unset, not as the secret "".
  const fromEnv = io.env(SECRET_ENV);
  const secret = fromEnv ? fromEnv : profile.app_secret;
  if (!secret)
    throw new UsageError(
      `No secret: set $${SECRET_ENV} (or app_secret in the profile), or give --key FILE for RS256.`,
    );
  const alg = algorithm === 'HS384' || algorithm === 'HS512' ? algorithm : 'HS256';
  return { alg, secret };
}

export async function signCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      claims: { type: 'string' },
      room: { type: 'string' },
      url: { type: 'string' },
      name: { type: 'string' },
      lifetime: { type: 'string', default: '1h' },
      key: { type: 'string' },
      kid: { type: 'string' },
      at: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(SIGN_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`Unexpected argument "${positionals[0]}". See jitsi-jwt sign --help.`);
  const profile = await readProfileFile(io, values.profile);
  const eff = effectiveProfile(profile);
  const lifetime = parseDuration(values.lifetime);
  if (lifetime === undefined)
    throw new UsageError(
      `--lifetime "${values.lifetime}" is not a duration: use 90s, 30m, 1h or 2d.`,
    );
  if (lifetime > MAX_LIFETIME_SECONDS)
    throw new UsageError(
      `--lifetime "${values.lifetime}" is longer than ${MAX_LIFETIME_SECONDS / 86400} days: anyone holding the token could join for that long. Use a shorter lifetime (tokens are usually hours).`,
    );
  let target: Target | undefined;
  if (values.url) {
    const parsed = parseMeetingUrl(values.url);
    if (!parsed.ok) throw new UsageError(parsed.error.message);
    target = parsed.value;
  }
  let now = io.now();
  if (values.at !== undefined) {
    if (!/^\d+$/.test(values.at)) throw new UsageError('--at takes a Unix time in seconds.');
    now = Number(values.at);
  }
  const key = await signingKey(io, profile, values.key, values.kid);
  const kidPrefix = 'kid' in key && key.kid ? key.kid.split('/')[0] : undefined;
  const sub =
    eff.jaas && kidPrefix ? kidPrefix : (target?.tenant?.toLowerCase() ?? eff.xmppDomain ?? '*');
  const room = values.room ?? target?.room ?? '*';
  let claims = buildClaims(
    {
      iss: firstStrict(eff.acceptedIssuers) ?? eff.appId ?? 'jitsi',
      aud: firstStrict(eff.acceptedAudiences) ?? 'jitsi',
      sub,
      room,
      lifetimeSeconds: lifetime,
      ...(values.name ? { user: { name: values.name } } : {}),
      // JaaS requires context.features; start with the paid features off.
      ...(eff.jaas ? { features: JAAS_FEATURES } : {}),
    },
    now,
  );
  if (values.claims) {
    const extra = await readJsonFile(io, values.claims, 'claims');
    if (!isJsonObject(extra))
      throw new UsageError(`${values.claims}: the claims file must hold a JSON object.`);
    // Serialising and judging claims nested thousands deep would overflow the stack.
    if (nestsDeeperThan(extra, MAX_CLAIMS_DEPTH))
      throw new UsageError(
        `${values.claims}: the claims nest deeper than ${MAX_CLAIMS_DEPTH} levels; a Jitsi token needs three or four.`,
      );
    claims = mergeClaims(claims, extra);
  }
  const signed = await signToken(claims, key, profile, { now, target, force: values.force });
  if (!signed.ok) {
    io.err(`${oneLine(signed.error.message)}\n`);
    if (signed.error.kind === 'refused') {
      for (const check of signed.error.checks) {
        const fix = check.id === 'kid' && eff.keyServer ? KID_FIX : check.fix;
        io.err(
          `  FAIL ${oneLine(check.title)}: ${oneLine(check.message)}${fix ? `\n       fix: ${oneLine(fix)}` : ''}\n`,
        );
      }
      io.err('Use --force to sign it anyway.\n');
      return EXIT.refused;
    }
    return EXIT.usage;
  }
  if (!values.force && 'kid' in key && key.kid && eff.keyServer && !profile.public_key?.trim()) {
    const mismatch = await keyServerMismatch(io, signed.value, eff.keyServer, key.kid);
    if (mismatch) {
      io.err(mismatch);
      return EXIT.refused;
    }
  }
  io.out(`${signed.value}\n`);
  return EXIT.ok;
}
