import { isJitsiAlgorithm } from '../profile-settings.ts';
import type {
  Check,
  DecodedToken,
  DecodeError,
  EffectiveProfile,
  JudgeOptions,
  Result,
} from '../types.ts';
import { audienceCheck, issuerCheck, roomClaimCheck, subjectClaimCheck } from './claim-checks.ts';
import { keyServerChecks } from './key-server-checks.ts';
import { loginCheck } from './login-check.ts';
import { show } from './make-check.ts';
import { timeChecks } from './time-checks.ts';

function signatureCheck(eff: EffectiveProfile, options: JudgeOptions): Check {
  const outcome = options.signature;
  if (!outcome) {
    return loginCheck(
      'signature',
      'skip',
      'Signature',
      'Not checked: no key was given to check it with.',
    );
  }
  switch (outcome.status) {
    case 'valid':
      return loginCheck('signature', 'pass', 'Signature', 'The signature matches the key.');
    case 'invalid':
      return loginCheck('signature', 'fail', 'Signature', outcome.message, {
        serverReason: 'Invalid signature',
        fix: eff.algorithm.startsWith('HS')
          ? 'Sign with the exact app_secret string (JWT_APP_SECRET), used as raw text, not base64-decoded.'
          : 'Sign with the private key whose public key the server has for this kid.',
      });
    case 'no-key':
      return eff.keyServer
        ? loginCheck('signature', 'skip', 'Signature', 'Not checked: no public key.')
        : loginCheck('signature', 'skip', 'Signature', outcome.message);
    case 'unchecked':
      return loginCheck('signature', 'skip', 'Signature', outcome.message);
  }
}

export interface LoginResult {
  checks: Check[];
  decoded?: DecodedToken;
}

/** The login (SASL) checks in the order the server runs them. */
export function loginChecks(
  raw: string,
  decoded: Result<DecodedToken, DecodeError>,
  eff: EffectiveProfile,
  options: JudgeOptions,
): LoginResult {
  const checks: Check[] = [loginCheck('present', 'pass', 'Token present', 'A token is given.')];
  if (eff.keyServer) checks.push(...keyServerChecks(raw, eff, options));
  if (!isJitsiAlgorithm(eff.algorithm)) {
    checks.push(
      loginCheck(
        'server-alg',
        'fail',
        'Server algorithm setting',
        `signature_algorithm is "${eff.algorithm}", which Jitsi does not support: every token is refused.`,
        {
          serverReason: 'Algorithm not supported',
          fix: 'Set signature_algorithm to HS256 (with app_secret) or RS256 (with a key server).',
        },
      ),
    );
  }
  if (!decoded.ok) {
    checks.push(
      loginCheck('format', 'fail', 'Token format', decoded.error.message, {
        ...(decoded.error.serverReason === undefined
          ? {}
          : { serverReason: decoded.error.serverReason }),
        fix: 'Paste the whole token exactly as issued, or sign it again with a JWT library.',
      }),
    );
    return { checks };
  }
  const { header, payload } = decoded.value;
  checks.push(loginCheck('format', 'pass', 'Token format', 'Three base64url parts of JSON.'));
  checks.push(
    header.typ === 'JWT'
      ? loginCheck('typ', 'pass', 'Token type (typ)', 'typ "JWT".', { claim: 'typ' })
      : loginCheck(
          'typ',
          'fail',
          'Token type (typ)',
          header.typ === undefined
            ? 'The header has no typ; Jitsi requires typ "JWT" (jose\'s SignJWT leaves it out unless you set it).'
            : `typ is ${show(header.typ)}; Jitsi requires exactly "JWT" (case matters).`,
          {
            serverReason: 'Invalid typ',
            fix: 'Set the header typ to "JWT" (jose: setProtectedHeader({ alg, typ: "JWT" })).',
            claim: 'typ',
          },
        ),
  );
  const alg = header.alg;
  if (alg === eff.algorithm) {
    checks.push(
      loginCheck('alg', 'pass', 'Algorithm (alg)', `alg ${eff.algorithm}, as the server expects.`, {
        claim: 'alg',
      }),
    );
  } else {
    const unknown = !isJitsiAlgorithm(alg);
    checks.push(
      loginCheck(
        'alg',
        'fail',
        'Algorithm (alg)',
        unknown
          ? `alg is ${show(alg)}; Jitsi only knows HS256/384/512 and RS256/384/512 (ES256, PS256, EdDSA and "none" are refused). This server expects ${eff.algorithm}.`
          : `alg is ${alg}; this server expects ${eff.algorithm} (signature_algorithm${eff.keyServer ? ', RS256 with a key server' : ', HS256 with app_secret by default'}).`,
        {
          serverReason: 'Invalid or incorrect alg',
          fix: `Sign with ${eff.algorithm}${eff.algorithm.startsWith('HS') ? ' and the app_secret' : ' and an RSA key'}, or change signature_algorithm on the server.`,
          claim: 'alg',
        },
      ),
    );
  }
  checks.push(signatureCheck(eff, options));
  checks.push(...timeChecks(payload, options.now));
  checks.push(issuerCheck(payload, eff));
  checks.push(audienceCheck(payload, eff));
  checks.push(roomClaimCheck(payload, eff));
  checks.push(subjectClaimCheck(payload, eff));
  markUnreached(checks);
  return { checks, decoded: decoded.value };
}

/** After the first failure the server stops; later checks are still shown, marked as such. */
function markUnreached(checks: Check[]): void {
  const first = checks.findIndex((check) => check.status === 'fail');
  if (first < 0) return;
  for (const check of checks.slice(first + 1)) {
    if (check.status === 'fail')
      check.message += ' (The server stops earlier, at the first failure.)';
  }
}
