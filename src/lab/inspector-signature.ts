import { show } from '../core/judge/make-check.ts';
import { isRsAlgorithm } from '../core/keys/rsa-params.ts';
import type { DecodedToken, DecodeError, Result, SignatureOutcome } from '../core/types.ts';

export type KeySource = 'none' | 'secret' | 'public-key' | 'jwks-url' | 'key-server';

const HMAC_ALGS: readonly string[] = ['HS256', 'HS384', 'HS512'];

/**
 * Why the inspector cannot check a signature before asking the core: no key given, not a JWT,
 * or a key of the wrong kind for the token's algorithm. Undefined when the check can run.
 */
export function signatureBlocker(
  decoded: Result<DecodedToken, DecodeError> | undefined,
  source: KeySource,
  key: string,
): SignatureOutcome | undefined {
  if (source === 'none' || key.trim() === '') {
    return { status: 'unchecked', message: 'not checked: no key given.' };
  }
  if (decoded === undefined) return { status: 'unchecked', message: 'not checked: no token yet.' };
  if (!decoded.ok) {
    return {
      status: 'invalid',
      message: `cannot be checked: this is not a JWT. ${decoded.error.message}`,
    };
  }
  const alg = decoded.value.header.alg;
  const algText = typeof alg === 'string' ? alg : show(alg ?? null);
  if (typeof alg === 'string' && HMAC_ALGS.includes(alg)) {
    if (source !== 'secret') {
      return {
        status: 'invalid',
        message: `wrong key type: the token is signed with ${alg}, which only the app secret checks; a public key cannot.`,
      };
    }
    return undefined;
  }
  if (isRsAlgorithm(alg)) {
    if (source === 'secret') {
      return {
        status: 'invalid',
        message: `wrong key type: the token is signed with ${alg}, which needs the RSA public key; an app secret cannot check it.`,
      };
    }
    return undefined;
  }
  return {
    status: 'invalid',
    message: `cannot be checked: alg ${algText} is not one a Jitsi server verifies (HS256/384/512, RS256/384/512).`,
  };
}
