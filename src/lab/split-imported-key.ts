import type { Result } from '../core/types.ts';

const RSA_SHA: Record<string, string> = { RS256: 'SHA-256', RS384: 'SHA-384', RS512: 'SHA-512' };

/**
 * From a private RSA key imported extractable (the only way WebCrypto lets its public half be
 * read): the public key, and the private key imported again as non-extractable. The extractable
 * copy is dropped by the caller.
 */
export async function splitImportedKey(
  extractable: CryptoKey,
  alg = 'RS256',
): Promise<Result<{ privateKey: CryptoKey; publicKey: CryptoKey }, string>> {
  const hash = RSA_SHA[alg] ?? 'SHA-256';
  const params = { name: 'RSASSA-PKCS1-v1_5', hash };
  try {
    const jwk = await crypto.subtle.exportKey('jwk', extractable);
    if (jwk.kty !== 'RSA' || jwk.n === undefined || jwk.e === undefined) {
      return { ok: false, error: 'This is not an RSA private key: Jitsi needs RS256.' };
    }
    const publicKey = await crypto.subtle.importKey(
      'jwk',
      { kty: 'RSA', n: jwk.n, e: jwk.e, ext: true },
      params,
      true,
      ['verify'],
    );
    const { alg: _alg, key_ops: _ops, ext: _ext, ...material } = jwk;
    const privateKey = await crypto.subtle.importKey('jwk', material, params, false, ['sign']);
    return { ok: true, value: { privateKey, publicKey } };
  } catch (error) {
    return { ok: false, error: `The browser could not read this key: ${String(error)}` };
  }
}
