import type { PublicServerProfile } from '../config/launcher-config.ts';
import { decodeToken } from '../core/decode-token.ts';
import { judgeToken } from '../core/judge-token.ts';
import type { Check, DecodedToken, Result, Target } from '../core/types.ts';
import { prejoinProfile } from './prejoin-profile.ts';
import type { TokenProblem } from './token-problem.ts';

/** A token expiring sooner than this is fetched again: it would drop the user mid-join. */
export const EXPIRY_MARGIN_SECONDS = 30;

/** The server refuses at the first failing login or join check (JaaS rules are login rules). */
function blocking(check: Check): boolean {
  return (
    check.status === 'fail' &&
    (check.stage === 'login' || check.stage === 'join' || check.stage === 'jaas')
  );
}

/**
 * The pre-join check: decodes the token and judges it as the server will for this target,
 * by what config.json states about the server (`prejoinProfile` fills the rest in permissively),
 * without the signature (no secret in endpoint mode). Every failing login or join check blocks.
 * `now` is in seconds.
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
        ...(decoded.error.serverReason === undefined
          ? {}
          : { serverReason: decoded.error.serverReason }),
        message: `The token endpoint sent something that is not a usable JWT. ${decoded.error.message}`,
      },
    };
  }
  const judging = prejoinProfile(profile, decoded.value.header.alg, target);
  const verdict = judgeToken(decoded.value, judging, target, { now });
  const failed = verdict.checks.filter(blocking);
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
