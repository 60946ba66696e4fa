import type { PublicServerProfile } from '../config/launcher-config.ts';
import { decodeToken } from '../core/decode-token.ts';
import { judgeToken } from '../core/judge-token.ts';
import type { Check, DecodedToken, Result, Target } from '../core/types.ts';
import type { TokenProblem } from './token-problem.ts';

/** A token expiring sooner than this is fetched again: it would drop the user mid-join. */
export const EXPIRY_MARGIN_SECONDS = 30;

/**
 * Checks whose outcome depends on server settings the launcher cannot know when config.json has
 * no `server` profile (and on the secret, which it never has in endpoint mode).
 */
const NEEDS_SERVER_PROFILE = new Set([
  'server-alg',
  'key-header',
  'kid',
  'alg-family',
  'public-key',
  'alg',
  'signature',
  'iss',
  'aud',
]);

/**
 * Without a `server` profile the launcher still compares sub with the tenant (that needs no
 * server setting, but the core wants some XMPP domain to know the tenant rule applies).
 */
function judgingProfile(
  profile: PublicServerProfile | undefined,
  target: Target,
): PublicServerProfile {
  if (profile !== undefined) return profile;
  return target.tenant === undefined ? {} : { muc_mapper_domain_base: 'xmpp-domain.invalid' };
}

function blocking(check: Check, profileKnown: boolean, jaas: boolean): boolean {
  if (check.status !== 'fail') return false;
  if (check.stage === 'jaas') return jaas;
  if (check.stage !== 'login' && check.stage !== 'join') return false;
  return profileKnown || !NEEDS_SERVER_PROFILE.has(check.id);
}

/**
 * The pre-join check: decodes the token and judges it as the server will for this target,
 * without the signature (no secret in endpoint mode). `now` is in seconds.
 */
export function checkToken(
  token: string,
  target: Target,
  profile: PublicServerProfile | undefined,
  now: number,
): Result<DecodedToken, TokenProblem> {
  const decoded = decodeToken(token);
  if (!decoded.ok) {
    return {
      ok: false,
      error: {
        kind: 'token-malformed',
        serverReason: decoded.error.serverReason,
        message: `The token endpoint sent something that is not a usable JWT. ${decoded.error.message}`,
      },
    };
  }
  const verdict = judgeToken(decoded.value, judgingProfile(profile, target), target, { now });
  const failed = verdict.checks.filter((check) =>
    blocking(check, profile !== undefined, profile?.jaas === true),
  );
  const expired = failed.find((check) => check.id === 'exp');
  if (expired !== undefined) {
    return {
      ok: false,
      error: {
        kind: 'token-expired',
        message: expired.message,
        fix: expired.fix ?? 'Fetch a new token.',
        decoded: decoded.value,
      },
    };
  }
  if (failed.length > 0) {
    const first = failed[0];
    return {
      ok: false,
      error: {
        kind: 'token-rejected',
        failed,
        decoded: decoded.value,
        message: first?.message ?? 'The server would reject this token.',
        fix: first?.fix ?? "Ask the token endpoint's owner to check its claims.",
      },
    };
  }
  const exp = decoded.value.payload.exp;
  if (typeof exp === 'number' && exp - now < EXPIRY_MARGIN_SECONDS) {
    const secondsLeft = Math.max(0, Math.floor(exp - now));
    return {
      ok: false,
      error: {
        kind: 'token-expiring',
        secondsLeft,
        decoded: decoded.value,
        message: `The token expires in ${secondsLeft} s, too soon to join the meeting.`,
        fix: 'The token endpoint should issue tokens valid for at least a few minutes (exp), and the clocks of its server and this computer should agree.',
      },
    };
  }
  return decoded;
}
