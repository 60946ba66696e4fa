import type { RsAlgorithm } from '../types.ts';

const HASH: Record<RsAlgorithm, string> = { RS256: 'SHA-256', RS384: 'SHA-384', RS512: 'SHA-512' };

/** WebCrypto parameters for an RS algorithm. */
export function rsaParams(alg: RsAlgorithm): RsaHashedImportParams {
  return { name: 'RSASSA-PKCS1-v1_5', hash: HASH[alg] };
}

export function isRsAlgorithm(value: unknown): value is RsAlgorithm {
  return value === 'RS256' || value === 'RS384' || value === 'RS512';
}
