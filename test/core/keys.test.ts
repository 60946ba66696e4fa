import { beforeAll, describe, expect, it } from 'vitest';
import { asapFileName, asapKeyUrl } from '../../src/core/keys/asap-file-name.ts';
import { exportPublicKey } from '../../src/core/keys/export-public-key.ts';
import { generateKeyPair } from '../../src/core/keys/generate-key-pair.ts';
import { importPrivateKey } from '../../src/core/keys/import-private-key.ts';
import { toPem } from '../../src/core/pem.ts';

let pair: CryptoKeyPair;
let pkcs8Pem: string;
let privateJwk: JsonWebKey;

beforeAll(async () => {
  pair = await generateKeyPair({ extractable: true });
  pkcs8Pem = toPem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
});

describe('asapFileName', () => {
  it('is the hex SHA-256 of the kid plus .pem', async () => {
    expect(await asapFileName('dev-launcher/key-1')).toBe(
      '53cb1ddb808f0e1adaa099d78803f1dc1ff88fd2530096848d882643876c78c3.pem',
    );
  });

  it('joins with a plain "/" (a trailing slash gives "//", as on the server)', async () => {
    expect(await asapKeyUrl('https://k.example/asap/', 'dev-launcher/key-1')).toBe(
      'https://k.example/asap//53cb1ddb808f0e1adaa099d78803f1dc1ff88fd2530096848d882643876c78c3.pem',
    );
  });
});

describe('generateKeyPair', () => {
  it('makes a 2048-bit RS256 pair with a non-extractable private key by default', async () => {
    const fresh = await generateKeyPair();
    expect(fresh.privateKey.extractable).toBe(false);
    expect(fresh.publicKey.extractable).toBe(true);
    expect(fresh.privateKey.algorithm).toMatchObject({
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
    });
  });

  it('refuses fewer than 2048 bits', async () => {
    await expect(generateKeyPair({ modulusLength: 1024 })).rejects.toThrow(
      'RSA keys need at least 2048 bits (asked for 1024).',
    );
  });
});

describe('exportPublicKey', () => {
  it('gives SPKI PEM, JWK and JWKS with kid, alg and use', async () => {
    const exported = await exportPublicKey(pair.publicKey, 'app/key-1');
    expect(exported.pem).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----\n$/,
    );
    expect(exported.jwk).toMatchObject({
      kty: 'RSA',
      e: 'AQAB',
      kid: 'app/key-1',
      alg: 'RS256',
      use: 'sig',
    });
    expect(exported.jwk).not.toHaveProperty('d');
    expect(exported.jwks).toEqual({ keys: [exported.jwk] });
  });

  it('derives the public key from an extractable private key', async () => {
    const fromPrivate = await exportPublicKey(pair.privateKey, 'k');
    const fromPublic = await exportPublicKey(pair.publicKey, 'k');
    expect(fromPrivate.pem).toBe(fromPublic.pem);
  });
});

describe('importPrivateKey', () => {
  it('imports PKCS#8 PEM, non-extractable by default', async () => {
    const result = await importPrivateKey(pkcs8Pem);
    expect(result.ok && result.value.alg).toBe('RS256');
    expect(result.ok && result.value.key.extractable).toBe(false);
  });

  it('imports a JWK with its kid and alg (a JaaS key)', async () => {
    const jwk = JSON.stringify({ ...privateJwk, kid: 'vpaas-magic-cookie-abc/4f2a', alg: 'RS256' });
    const result = await importPrivateKey(jwk);
    expect(result.ok && { kid: result.value.kid, alg: result.value.alg }).toEqual({
      kid: 'vpaas-magic-cookie-abc/4f2a',
      alg: 'RS256',
    });
  });

  it('imports a JWKS holding one private key', async () => {
    const result = await importPrivateKey(JSON.stringify({ keys: [{ ...privateJwk, kid: 'k1' }] }));
    expect(result.ok && result.value.kid).toBe('k1');
  });

  it.each([
    ['', 'empty', 'Paste a private key: a PEM (-----BEGIN PRIVATE KEY-----) or a JWK.'],
    [
      '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
      'public-key',
      'This is a public key or certificate: signing needs the private key.',
    ],
    [
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----',
      'encrypted',
      'The key is encrypted with a passphrase. Decrypt it first: openssl pkcs8 -in key.pem -out plain.pem',
    ],
    [
      '-----BEGIN PRIVATE KEY-----\nAAAA',
      'invalid-pem',
      'Not a PEM private key: expected -----BEGIN PRIVATE KEY----- ... -----END PRIVATE KEY-----, complete and unaltered.',
    ],
    [
      '{"private_key":"x"}',
      'not-rsa',
      'This JSON is not a JWK (it has no "kty"): give a JWK with kty RSA and its private part "d", a JWKS holding one, or a PKCS#8 PEM (-----BEGIN PRIVATE KEY-----).',
    ],
    [
      '{"kty":"EC","crv":"P-256","d":"x"}',
      'not-rsa',
      'The JWK is of type "EC"; Jitsi needs an RSA key (kty "RSA").',
    ],
    [
      '{"kty":"RSA","n":"x","e":"AQAB"}',
      'public-key',
      'This JWK is a public key (no "d"): signing needs the private key.',
    ],
    [
      '{"kty":"RSA","d":"x","alg":"PS256"}',
      'unsupported-alg',
      'The JWK says alg "PS256"; Jitsi accepts RS256, RS384 or RS512.',
    ],
    ['{nope', 'invalid-jwk', 'This looks like JSON but does not parse as a JWK object.'],
  ])('refuses %j', async (text, kind, message) => {
    expect(await importPrivateKey(text)).toEqual({ ok: false, error: { kind, message } });
  });

  it('refuses a damaged PEM body', async () => {
    const result = await importPrivateKey(
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
    );
    expect(!result.ok && result.error.kind).toBe('not-rsa');
  });
});
