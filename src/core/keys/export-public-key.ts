import { toPem } from '../pem.ts';
import type { ExportedPublicKey } from '../types.ts';

const PRIVATE_FIELDS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

async function publicJwk(key: CryptoKey): Promise<JsonWebKey> {
  const jwk = await crypto.subtle.exportKey('jwk', key);
  const publicOnly: JsonWebKey = {};
  for (const [name, value] of Object.entries(jwk)) {
    if (!PRIVATE_FIELDS.includes(name) && name !== 'key_ops' && name !== 'ext' && name !== 'alg') {
      Object.assign(publicOnly, { [name]: value });
    }
  }
  return publicOnly;
}

/**
 * The public key as SPKI PEM (what an asap_key_server serves), JWK and JWKS (for cache_keys_url).
 * Takes the public key (or an extractable private key).
 */
export async function exportPublicKey(key: CryptoKey, kid: string): Promise<ExportedPublicKey> {
  const material = await publicJwk(key);
  const alg = rsAlg(key.algorithm);
  if (typeof material.n !== 'string' || typeof material.e !== 'string') {
    throw new TypeError('exportPublicKey needs an RSA key.');
  }
  const publicKey = await crypto.subtle.importKey(
    'jwk',
    { kty: 'RSA', n: material.n, e: material.e },
    { name: 'RSASSA-PKCS1-v1_5', hash: alg.replace('RS', 'SHA-') },
    true,
    ['verify'],
  );
  const spki = await crypto.subtle.exportKey('spki', publicKey);
  const jwk = { kty: 'RSA', n: material.n, e: material.e, kid, alg, use: 'sig' as const };
  return { pem: toPem('PUBLIC KEY', spki), jwk, jwks: { keys: [jwk] } };
}

function rsAlg(algorithm: KeyAlgorithm): string {
  const hash: unknown = Reflect.get(algorithm, 'hash');
  const name: unknown =
    typeof hash === 'object' && hash !== null ? Reflect.get(hash, 'name') : undefined;
  return name === 'SHA-384' ? 'RS384' : name === 'SHA-512' ? 'RS512' : 'RS256';
}
