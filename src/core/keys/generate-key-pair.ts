import { rsaParams } from './rsa-params.ts';

export interface GenerateKeyPairOptions {
  /** Bits; at least 2048 (jose and Jitsi refuse less). Default 2048. */
  modulusLength?: number;
  /** Default false: the private key cannot be read back out of the browser. */
  extractable?: boolean;
}

/** An RS256 key pair. The public key is always exportable; the private key only if asked. */
export async function generateKeyPair(
  options: GenerateKeyPairOptions = {},
): Promise<CryptoKeyPair> {
  const modulusLength = options.modulusLength ?? 2048;
  if (!Number.isInteger(modulusLength) || modulusLength < 2048) {
    throw new RangeError(`RSA keys need at least 2048 bits (asked for ${modulusLength}).`);
  }
  return crypto.subtle.generateKey(
    { ...rsaParams('RS256'), modulusLength, publicExponent: new Uint8Array([1, 0, 1]) },
    options.extractable ?? false,
    ['sign', 'verify'],
  );
}
