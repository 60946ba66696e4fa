import { isJsonObject, parseJson } from '../json-guards.ts';
import { show } from '../judge/make-check.ts';
import { parsePem, pkcs1PrivateToPkcs8 } from '../pem.ts';
import type { ImportedPrivateKey, KeyError, Result, RsAlgorithm } from '../types.ts';
import { isRsAlgorithm, rsaParams } from './rsa-params.ts';

export interface ImportPrivateKeyOptions {
  /** Default false: the imported key cannot be read back. */
  extractable?: boolean;
  /** Algorithm when the key does not say (a PEM never does). Default RS256. */
  alg?: RsAlgorithm;
}

const fail = (kind: KeyError['kind'], message: string): Result<ImportedPrivateKey, KeyError> => ({
  ok: false,
  error: { kind, message },
});

async function importDer(
  der: Uint8Array<ArrayBuffer>,
  alg: RsAlgorithm,
  extractable: boolean,
): Promise<Result<ImportedPrivateKey, KeyError>> {
  try {
    const key = await crypto.subtle.importKey('pkcs8', der, rsaParams(alg), extractable, ['sign']);
    return { ok: true, value: { key, alg } };
  } catch {
    return fail(
      'not-rsa',
      'The PEM holds a private key that is not an RSA key (Jitsi signs with RS256 only, no EC or Ed25519), or it is damaged.',
    );
  }
}

async function importJwk(
  jwk: Record<string, unknown>,
  fallbackAlg: RsAlgorithm,
  extractable: boolean,
): Promise<Result<ImportedPrivateKey, KeyError>> {
  if (jwk.kty === undefined) {
    return fail(
      'not-rsa',
      'This JSON is not a JWK (it has no "kty"): give a JWK with kty RSA and its private part "d", a JWKS holding one, or a PKCS#8 PEM (-----BEGIN PRIVATE KEY-----).',
    );
  }
  if (jwk.kty !== 'RSA') {
    return fail(
      'not-rsa',
      `The JWK is of type ${show(jwk.kty)}; Jitsi needs an RSA key (kty "RSA").`,
    );
  }
  if (typeof jwk.d !== 'string') {
    return fail('public-key', 'This JWK is a public key (no "d"): signing needs the private key.');
  }
  if (jwk.alg !== undefined && !isRsAlgorithm(jwk.alg)) {
    return fail(
      'unsupported-alg',
      `The JWK says alg ${show(jwk.alg)}; Jitsi accepts RS256, RS384 or RS512.`,
    );
  }
  const alg = isRsAlgorithm(jwk.alg) ? jwk.alg : fallbackAlg;
  const { kid, alg: _alg, use: _use, key_ops: _ops, ext: _ext, ...material } = jwk;
  try {
    const key = await crypto.subtle.importKey(
      'jwk',
      { ...material, alg },
      rsaParams(alg),
      extractable,
      ['sign'],
    );
    const value: ImportedPrivateKey = { key, alg };
    if (typeof kid === 'string' && kid !== '') value.kid = kid;
    return { ok: true, value };
  } catch {
    return fail(
      'invalid-jwk',
      'The JWK has the RSA fields but they do not form a valid private key.',
    );
  }
}

/**
 * Imports an RSA private key from PKCS#8 PEM (`BEGIN PRIVATE KEY`), PKCS#1 PEM
 * (`BEGIN RSA PRIVATE KEY`), a JWK, or a JWKS holding one private key (the kid comes along).
 */
export async function importPrivateKey(
  text: string,
  options: ImportPrivateKeyOptions = {},
): Promise<Result<ImportedPrivateKey, KeyError>> {
  const extractable = options.extractable ?? false;
  const alg = options.alg ?? 'RS256';
  const trimmed = text.trim();
  if (trimmed === '')
    return fail('empty', 'Paste a private key: a PEM (-----BEGIN PRIVATE KEY-----) or a JWK.');
  if (trimmed.startsWith('{')) {
    const parsed = parseJson(trimmed);
    if (!parsed.ok || !isJsonObject(parsed.value)) {
      return fail('invalid-jwk', 'This looks like JSON but does not parse as a JWK object.');
    }
    const value = parsed.value;
    if (Array.isArray(value.keys)) {
      const privateKeys = value.keys.filter(
        (item): item is Record<string, unknown> => isJsonObject(item) && typeof item.d === 'string',
      );
      const first = privateKeys[0];
      if (privateKeys.length !== 1 || !first) {
        return fail(
          'invalid-jwk',
          `The JWKS holds ${privateKeys.length} private keys; give exactly one.`,
        );
      }
      return importJwk(first, alg, extractable);
    }
    return importJwk(value, alg, extractable);
  }
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(trimmed)) {
    return fail(
      'encrypted',
      'The key is encrypted with a passphrase. Decrypt it first: openssl pkcs8 -in key.pem -out plain.pem',
    );
  }
  if (/-----BEGIN (RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(trimmed)) {
    return fail(
      'public-key',
      'This is a public key or certificate: signing needs the private key.',
    );
  }
  const pem = parsePem(trimmed);
  if (!pem)
    return fail(
      'invalid-pem',
      'Not a PEM private key: expected -----BEGIN PRIVATE KEY----- ... -----END PRIVATE KEY-----, complete and unaltered.',
    );
  if (pem.label === 'PRIVATE KEY') return importDer(pem.der, alg, extractable);
  if (pem.label === 'RSA PRIVATE KEY')
    return importDer(pkcs1PrivateToPkcs8(pem.der), alg, extractable);
  if (pem.label === 'EC PRIVATE KEY')
    return fail('not-rsa', 'This is an EC key; Jitsi accepts only RSA (RS256) keys.');
  return fail('invalid-pem', `A PEM "${pem.label}" is not a private key.`);
}
