import { decodeHeaderOnly } from '../decode-token.ts';
import type { Check, EffectiveProfile, JudgeOptions } from '../types.ts';
import { loginCheck } from './login-check.ts';
import { show } from './make-check.ts';

/** The checks a key-server-mode server runs on the header before anything else. */
export function keyServerChecks(
  raw: string,
  eff: EffectiveProfile,
  options: JudgeOptions,
): Check[] {
  const checks: Check[] = [];
  if (eff.keyServer?.endsWith('/')) {
    checks.push(
      loginCheck(
        'key-server-slash',
        'warn',
        'Key server address',
        `asap_key_server ends with "/": the server joins it with a plain "/" and fetches ${eff.keyServer}/<hex(sha256(kid))>.pem (two slashes), which many web servers do not map to the file.`,
        { fix: 'Remove the trailing "/" from asap_key_server (docker: JWT_ASAP_KEYSERVER).' },
      ),
    );
  }
  if (!raw.includes('.')) {
    checks.push(
      loginCheck(
        'key-header',
        'fail',
        'Header readable',
        'The token has no dots, so it has no header.',
        {
          serverReason: 'Invalid token',
          fix: 'Paste the whole JWT: header.payload.signature.',
        },
      ),
    );
    return checks;
  }
  const header = decodeHeaderOnly(raw);
  if (!header) {
    checks.push(
      loginCheck(
        'key-header',
        'fail',
        'Header readable',
        'The part before the first dot is not base64url-encoded JSON, so the server cannot read the kid.',
        { serverReason: 'bad token format', fix: 'Sign the token again with a JWT library.' },
      ),
    );
    return checks;
  }
  checks.push(loginCheck('key-header', 'pass', 'Header readable', 'The header decodes.'));
  const kid = header.kid;
  if (kid === undefined) {
    checks.push(
      loginCheck(
        'kid',
        'fail',
        'Key id (kid)',
        'The header has no kid, so the server cannot know which public key to fetch.',
        {
          serverReason: "'kid' claim is missing",
          fix: 'Put the kid of your key pair in the header (the key server serves <hex(sha256(kid))>.pem).',
          claim: 'kid',
        },
      ),
    );
    return checks;
  }
  checks.push(loginCheck('kid', 'pass', 'Key id (kid)', `kid ${show(kid)}.`, { claim: 'kid' }));
  const alg = header.alg;
  if (alg === undefined) {
    checks.push(
      loginCheck('alg-present', 'fail', 'Algorithm named (alg)', 'The header has no alg.', {
        serverReason: "'alg' claim is missing",
        fix: `Set alg to "${eff.algorithm}" in the header.`,
        claim: 'alg',
      }),
    );
    return checks;
  }
  if (typeof alg !== 'string' || !alg.startsWith('RS')) {
    checks.push(
      loginCheck(
        'alg-family',
        'fail',
        'RS algorithm for key server',
        `alg is ${show(alg)}; a key server only serves RSA public keys, so only RS256/RS384/RS512 tokens can use it.`,
        {
          serverReason: "'kid' claim only support with RS family",
          fix: 'Sign with RS256 and an RSA key (ES256, PS256 and EdDSA are not supported by Jitsi).',
          claim: 'alg',
        },
      ),
    );
    return checks;
  }
  checks.push(
    loginCheck('alg-family', 'pass', 'RS algorithm for key server', `alg ${alg}.`, {
      claim: 'alg',
    }),
  );
  const signature = options.signature;
  if (signature?.status === 'no-key') {
    checks.push(
      loginCheck('public-key', 'fail', 'Public key from key server', signature.message, {
        serverReason: signature.serverReason ?? 'could not obtain public key',
        fix:
          signature.fix ??
          'Serve the SPKI PEM public key at <asap_key_server>/<hex(sha256(kid))>.pem with status 200 (`jitsi-jwt keygen` writes that file), or fix the kid.',
      }),
    );
  } else if (signature && signature.status !== 'unchecked') {
    checks.push(
      loginCheck(
        'public-key',
        'pass',
        'Public key from key server',
        'The public key was obtained.',
      ),
    );
  } else {
    checks.push(
      loginCheck(
        'public-key',
        'skip',
        'Public key from key server',
        signature?.message ?? 'Not fetched yet: the key server was not asked.',
      ),
    );
  }
  return checks;
}
