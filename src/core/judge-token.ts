import { decodeToken } from './decode-token.ts';
import { effectiveProfile } from './effective-profile.ts';
import { clientChecks } from './judge/client-checks.ts';
import { jaasChecks, looksLikeJaas } from './judge/jaas-checks.ts';
import { joinChecks } from './judge/join-checks.ts';
import { loginChecks } from './judge/login-checks.ts';
import { makeCheck } from './judge/make-check.ts';
import { moderatorChecks } from './judge/moderator-checks.ts';
import type {
  Check,
  DecodedToken,
  JudgeOptions,
  ServerProfile,
  StageOutcome,
  Target,
  Verdict,
} from './types.ts';

function outcome(checks: readonly Check[], stages: readonly Check['stage'][]): StageOutcome {
  const failed = checks.find((check) => check.status === 'fail' && stages.includes(check.stage));
  return failed ? { ok: false, reason: failed.serverReason ?? failed.title } : { ok: true };
}

function judge(
  token: string | DecodedToken,
  profile: ServerProfile,
  target: Target,
  options: JudgeOptions,
): Verdict {
  const eff = effectiveProfile(profile);
  const raw = typeof token === 'string' ? token.trim() : token.raw;
  if (raw === '') {
    if (eff.allowEmptyToken) {
      const checks = [
        makeCheck(
          'present',
          'login',
          'pass',
          'Token present',
          'No token, and allow_empty_token lets users in without one (as guests of the token rules).',
        ),
        makeCheck(
          'room',
          'join',
          'pass',
          'Room name matches',
          'No token: the room is not checked (allow_empty_token).',
        ),
      ];
      return { login: { ok: true }, join: { ok: true }, checks };
    }
    const checks = [
      makeCheck('present', 'login', 'fail', 'Token present', 'No token was given.', {
        serverReason: 'token required',
        fix: 'Get a token from your token endpoint, or set allow_empty_token on the server.',
      }),
    ];
    return {
      login: { ok: false, reason: 'token required' },
      join: { ok: false, reason: 'not attempted: the login is refused' },
      checks,
    };
  }
  const decoded =
    typeof token === 'string' ? decodeToken(raw) : { ok: true as const, value: token };
  const login = loginChecks(raw, decoded, eff, options);
  const checks = [...login.checks];
  if (login.decoded) {
    const { payload } = login.decoded;
    checks.push(...joinChecks(payload, eff, target));
    checks.push(...clientChecks(payload, options.now));
    if (eff.jaas) checks.push(...jaasChecks(login.decoded, target));
    else if (looksLikeJaas(login.decoded)) checks.push(...jaasChecks(login.decoded, target, true));
    checks.push(...moderatorChecks(payload, eff));
  }
  const loginOutcome = outcome(checks, ['login', 'jaas']);
  const joinOutcome = outcome(checks, ['join']);
  const verdict: Verdict = {
    login: loginOutcome,
    join: loginOutcome.ok
      ? joinOutcome
      : { ok: false, reason: 'not attempted: the login is refused' },
    checks,
  };
  if (login.decoded) verdict.decoded = login.decoded;
  return verdict;
}

/**
 * Will a Jitsi server with this profile accept the token at login, and the join of this room?
 * Every check in the server's order with its own reason text, then the web client's warnings,
 * the JaaS rules and the moderator notes. Synchronous and fast (runs on every keystroke); never
 * throws. The signature outcome comes from `verifySignature` (async) through `options`.
 */
export function judgeToken(
  token: string | DecodedToken,
  profile: ServerProfile,
  target: Target,
  options: JudgeOptions,
): Verdict {
  try {
    return judge(token, profile, target, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      login: { ok: false, reason: 'internal error' },
      join: { ok: false, reason: 'internal error' },
      checks: [
        makeCheck(
          'internal',
          'login',
          'fail',
          'Launcher error',
          `The launcher could not judge this token (${message}). Please report it.`,
        ),
      ],
    };
  }
}
