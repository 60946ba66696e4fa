import { SignJWT } from 'jose';
import { bytesToBase64url } from './base64url.ts';
import { judgeToken } from './judge-token.ts';
import type {
  Check,
  JsonObject,
  Result,
  ServerProfile,
  SignatureOutcome,
  SignError,
  SigningKey,
  Target,
} from './types.ts';

export interface SignOptions {
  /** Seconds since the epoch: the judge's clock. */
  now: number;
  /** Where the token will be used; with it the room join is checked too. */
  target?: Target | undefined;
  /** Sign even when the profile would refuse the token. */
  force?: boolean | undefined;
}

const encoder = new TextEncoder();

function header(key: SigningKey): { alg: string; typ: 'JWT'; kid?: string } {
  if ('secret' in key) return { alg: key.alg, typ: 'JWT' };
  return key.kid ? { alg: key.alg, typ: 'JWT', kid: key.kid } : { alg: key.alg, typ: 'JWT' };
}

/** What the server would say about this payload signed with this key (signature assumed right). */
function preflight(
  payload: JsonObject,
  key: SigningKey,
  profile: ServerProfile,
  options: SignOptions,
): Check[] {
  const unsigned = `${bytesToBase64url(encoder.encode(JSON.stringify(header(key))))}.${bytesToBase64url(encoder.encode(JSON.stringify(payload)))}.AA`;
  let signature: SignatureOutcome = { status: 'valid' };
  if ('secret' in key && profile.app_secret !== undefined && profile.app_secret !== key.secret) {
    signature = { status: 'invalid', message: "The secret differs from the profile's app_secret." };
  }
  const target = options.target ?? {
    domain: '',
    room: typeof payload.room === 'string' ? payload.room : '',
  };
  const verdict = judgeToken(unsigned, profile, target, { now: options.now, signature });
  const stages: Check['stage'][] = options.target ? ['login', 'jaas', 'join'] : ['login', 'jaas'];
  // Without a target there is no meeting URL to hold against the token.
  const urlChecks = options.target ? [] : ['jaas-url'];
  return verdict.checks.filter(
    (check) =>
      check.status === 'fail' && stages.includes(check.stage) && !urlChecks.includes(check.id),
  );
}

/**
 * Signs Jitsi claims with RS256 (or another RS / HS algorithm). The header always carries
 * `typ: "JWT"` and, for RS, the kid. Refuses a token the profile would reject, listing the
 * failing checks, unless `force`.
 */
export async function signToken(
  payload: JsonObject,
  key: SigningKey,
  profile: ServerProfile,
  options: SignOptions,
): Promise<Result<string, SignError>> {
  if (!options.force) {
    const failing = preflight(payload, key, profile, options);
    const first = failing[0];
    if (first) {
      const reasons = failing.map((check) => check.serverReason ?? check.title).join('; ');
      return {
        ok: false,
        error: {
          kind: 'refused',
          message: `The server would refuse this token: ${reasons}. ${first.fix ?? ''}`.trim(),
          checks: failing,
        },
      };
    }
  }
  try {
    const secret = 'secret' in key ? encoder.encode(key.secret) : key.key;
    const token = await new SignJWT(payload).setProtectedHeader(header(key)).sign(secret);
    return { ok: true, value: token };
  } catch (error) {
    return {
      ok: false,
      error: {
        kind: 'crypto',
        message: `Signing failed: ${error instanceof Error ? error.message : 'unknown error'}.`,
      },
    };
  }
}
