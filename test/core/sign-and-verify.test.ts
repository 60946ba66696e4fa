import { beforeAll, describe, expect, it } from 'vitest';
import { buildClaims } from '../../src/core/build-claims.ts';
import { inspectToken } from '../../src/core/inspect-token.ts';
import { asapFileName } from '../../src/core/keys/asap-file-name.ts';
import { exportPublicKey } from '../../src/core/keys/export-public-key.ts';
import { generateKeyPair } from '../../src/core/keys/generate-key-pair.ts';
import { presetById } from '../../src/core/presets.ts';
import { signToken } from '../../src/core/sign-token.ts';
import type { ClaimInput, ServerProfile } from '../../src/core/types.ts';
import { verifySignature } from '../../src/core/verify-signature.ts';
import { decodedToken } from '../support/decoded-token.ts';
import { NOW, TARGET } from './support/make-token.ts';

let pair: CryptoKeyPair;
let other: CryptoKeyPair;
let publicPem: string;
let publicJwks: string;

beforeAll(async () => {
  [pair, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
  const exported = await exportPublicKey(pair.publicKey, 'app/key-1');
  publicPem = exported.pem;
  publicJwks = JSON.stringify(exported.jwks);
});

const INPUT: ClaimInput = {
  iss: 'my_app',
  aud: 'jitsi',
  sub: 'meet.jitsi',
  room: 'Daily Standup',
  lifetimeSeconds: 3600,
  user: { id: 'u1', name: 'Ada', email: 'ada@example.com', moderator: true },
  features: { recording: true },
};
const HS_PROFILE: ServerProfile = {
  app_id: 'my_app',
  app_secret: 's3cret',
  muc_mapper_domain_base: 'meet.jitsi',
};
const RS_PROFILE: ServerProfile = {
  app_id: 'my_app',
  asap_key_server: 'https://keys.test/asap',
  muc_mapper_domain_base: 'meet.jitsi',
};

describe('buildClaims', () => {
  it('writes the room as the server compares it, nbf 10 s back, exp from the lifetime', () => {
    expect(buildClaims(INPUT, NOW)).toEqual({
      iss: 'my_app',
      aud: 'jitsi',
      sub: 'meet.jitsi',
      room: 'daily%20standup',
      iat: NOW,
      nbf: NOW - 10,
      exp: NOW + 3600,
      context: {
        user: { id: 'u1', name: 'Ada', email: 'ada@example.com', moderator: true },
        features: { recording: true },
      },
    });
  });

  it('keeps "*" and Lua patterns as written and marks regex rooms', () => {
    expect(
      buildClaims({ ...INPUT, room: '*', user: undefined as never, features: {} }, NOW),
    ).not.toHaveProperty('context');
    expect(
      buildClaims({ ...INPUT, room: '^team%-.*$', roomRegex: true, nbfMarginSeconds: 30 }, NOW),
    ).toMatchObject({
      room: '^team%-.*$',
      nbf: NOW - 30,
      context: { room: { regex: true } },
    });
  });
});

describe('signToken', () => {
  it('signs HS256 with typ JWT and no kid', async () => {
    const signed = await signToken(
      buildClaims(INPUT, NOW),
      { alg: 'HS256', secret: 's3cret' },
      HS_PROFILE,
      { now: NOW, target: TARGET },
    );
    expect(signed.ok).toBe(true);
    if (!signed.ok) return;
    expect(decodedToken(signed.value).header).toEqual({ alg: 'HS256', typ: 'JWT' });
  });

  it('signs RS256 with typ JWT and the kid', async () => {
    const signed = await signToken(
      buildClaims(INPUT, NOW),
      { alg: 'RS256', kid: 'app/key-1', key: pair.privateKey },
      RS_PROFILE,
      { now: NOW },
    );
    expect(signed.ok && decodedToken(signed.value).header).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: 'app/key-1',
    });
  });

  it('refuses what the profile rejects, naming the checks', async () => {
    const signed = await signToken(
      buildClaims({ ...INPUT, iss: 'someone' }, NOW),
      { alg: 'HS256', secret: 's3cret' },
      HS_PROFILE,
      { now: NOW },
    );
    expect(signed).toMatchObject({ ok: false, error: { kind: 'refused' } });
    if (signed.ok || signed.error.kind !== 'refused') return;
    expect(signed.error.message).toBe(
      'The server would refuse this token: invalid \'iss\' claim. Set iss to one of "my_app", or add "someone" to asap_accepted_issuers (docker: JWT_ACCEPTED_ISSUERS).',
    );
    expect(signed.error.checks.map((check) => check.id)).toEqual(['iss']);
  });

  it('refuses HS256 for an RS256 key-server profile and a wrong secret', async () => {
    const wrongAlg = await signToken(
      buildClaims(INPUT, NOW),
      { alg: 'HS256', secret: 'x' },
      RS_PROFILE,
      { now: NOW },
    );
    expect(!wrongAlg.ok && wrongAlg.error.message).toMatch(
      /^The server would refuse this token: 'kid' claim is missing; /,
    );
    const wrongSecret = await signToken(
      buildClaims(INPUT, NOW),
      { alg: 'HS256', secret: 'other' },
      HS_PROFILE,
      { now: NOW },
    );
    expect(!wrongSecret.ok && wrongSecret.error.message).toMatch(
      /^The server would refuse this token: Invalid signature\. /,
    );
  });

  it('checks the room join when given a target', async () => {
    const signed = await signToken(
      buildClaims({ ...INPUT, room: 'other' }, NOW),
      { alg: 'HS256', secret: 's3cret' },
      { ...HS_PROFILE, enable_domain_verification: true },
      { now: NOW, target: TARGET },
    );
    expect(!signed.ok && signed.error.message).toMatch(
      /^The server would refuse this token: Room and token mismatched\. /,
    );
  });

  it('signs a JaaS token without a target (no meeting URL to compare)', async () => {
    const appId = 'vpaas-magic-cookie-abc';
    const claims = buildClaims(
      {
        ...INPUT,
        iss: 'chat',
        aud: 'jitsi',
        sub: appId,
        room: '*',
        features: { recording: 'false' },
      },
      NOW,
    );
    const signed = await signToken(
      claims,
      { alg: 'RS256', kid: `${appId}/k1`, key: pair.privateKey },
      { ...presetById('jaas').profile },
      { now: NOW },
    );
    expect(signed.ok).toBe(true);
    const wrongKid = await signToken(
      claims,
      { alg: 'RS256', kid: 'vpaas-magic-cookie-zzz/k1', key: pair.privateKey },
      { ...presetById('jaas').profile },
      { now: NOW },
    );
    expect(
      !wrongKid.ok &&
        wrongKid.error.kind === 'refused' &&
        wrongKid.error.checks.map((check) => check.id),
    ).toEqual(['jaas-kid']);
  });

  it('signs anyway with force', async () => {
    const signed = await signToken(
      buildClaims({ ...INPUT, iss: 'someone' }, NOW),
      { alg: 'HS256', secret: 's3cret' },
      HS_PROFILE,
      { now: NOW, force: true },
    );
    expect(signed.ok).toBe(true);
  });
});

describe('verifySignature', () => {
  let hsToken: string;
  let rsToken: string;
  beforeAll(async () => {
    const hs = await signToken(
      buildClaims(INPUT, NOW),
      { alg: 'HS256', secret: 's3cret' },
      HS_PROFILE,
      { now: NOW },
    );
    const rs = await signToken(
      buildClaims(INPUT, NOW),
      { alg: 'RS256', kid: 'app/key-1', key: pair.privateKey },
      RS_PROFILE,
      { now: NOW },
    );
    if (!hs.ok || !rs.ok) throw new Error('signing failed');
    hsToken = hs.value;
    rsToken = rs.value;
  });

  it('HS: uses the raw secret string', async () => {
    expect(await verifySignature(decodedToken(hsToken), HS_PROFILE)).toEqual({ status: 'valid' });
    expect(
      await verifySignature(decodedToken(hsToken), { ...HS_PROFILE, app_secret: btoa('s3cret') }),
    ).toMatchObject({ status: 'invalid' });
  });

  it.each(['HS384', 'HS512'] as const)('HS: %s as well', async (alg) => {
    const signed = await signToken(
      buildClaims(INPUT, NOW),
      { alg, secret: 's3cret' },
      { ...HS_PROFILE, signature_algorithm: alg },
      { now: NOW },
    );
    expect(signed.ok && (await verifySignature(decodedToken(signed.value), HS_PROFILE))).toEqual({
      status: 'valid',
    });
  });

  it('HS without app_secret is unchecked', async () => {
    expect(await verifySignature(decodedToken(hsToken), { app_id: 'my_app' })).toEqual({
      status: 'unchecked',
      message: 'Not checked: add app_secret to the profile to check an HS signature.',
    });
  });

  it('RS: with a PEM, a JWKS, and a wrong key', async () => {
    expect(await verifySignature(decodedToken(rsToken), { public_key: publicPem })).toEqual({
      status: 'valid',
    });
    expect(await verifySignature(decodedToken(rsToken), { public_key: publicJwks })).toEqual({
      status: 'valid',
    });
    const wrong = (await exportPublicKey(other.publicKey, 'app/key-1')).pem;
    expect(await verifySignature(decodedToken(rsToken), { public_key: wrong })).toEqual({
      status: 'invalid',
      message:
        'The RS256 signature does not match the public key for kid "app/key-1": the token was signed with another private key.',
    });
  });

  it('RS: fetches <asap_key_server>/<hex(sha256(kid))>.pem', async () => {
    const asked: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      asked.push(String(input));
      return new Response(publicPem, { status: 200 });
    };
    expect(await verifySignature(decodedToken(rsToken), RS_PROFILE, { fetch: fakeFetch })).toEqual({
      status: 'valid',
    });
    expect(asked).toEqual([`https://keys.test/asap/${await asapFileName('app/key-1')}`]);
  });

  it('RS: a 404 from the key server is "could not obtain public key"', async () => {
    const fakeFetch: typeof fetch = async () => new Response('not found', { status: 404 });
    const verdict = await inspectToken(rsToken, RS_PROFILE, TARGET, { now: NOW, fetch: fakeFetch });
    expect(verdict.login).toEqual({ ok: false, reason: 'could not obtain public key' });
    const check = verdict.checks.find((item) => item.id === 'public-key');
    expect(check?.message).toBe(
      `The key server answered HTTP 404 for https://keys.test/asap/${await asapFileName('app/key-1')}. It must serve the public key for kid "app/key-1" at exactly that name.`,
    );
  });

  it('RS: an unreachable key server is "could not obtain public key"', async () => {
    const fakeFetch: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const verdict = await inspectToken(rsToken, RS_PROFILE, TARGET, { now: NOW, fetch: fakeFetch });
    expect(verdict.login).toEqual({ ok: false, reason: 'could not obtain public key' });
  });

  it('RS: a key server that times out is "could not obtain public key"', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const outcome = await verifySignature(decodedToken(rsToken), RS_PROFILE, {
      fetch: hanging,
      timeoutMs: 20,
    });
    expect(outcome).toMatchObject({ status: 'no-key' });
    expect(outcome.status === 'no-key' && outcome.message).toContain('(no answer within 20 ms)');
  });

  it('RS: JSON instead of PEM from the key server fails the key-server check, with what it got', async () => {
    const url = `https://keys.test/asap/${await asapFileName('app/key-1')}`;
    const fakeFetch: typeof fetch = async () => Response.json({ keys: [] });
    const verdict = await inspectToken(rsToken, RS_PROFILE, TARGET, { now: NOW, fetch: fakeFetch });
    expect(verdict.login).toEqual({ ok: false, reason: 'Invalid signature' });
    const check = verdict.checks.find((item) => item.id === 'public-key');
    expect(check).toMatchObject({
      status: 'fail',
      title: 'Public key from key server',
      message: `The key server answered HTTP 200 at ${url}, but not with a PEM public key: it sent Content-Type "application/json", starting "{\\"keys\\":[]}". The Jitsi server takes that body as the key, cannot read it, and refuses every token.`,
      serverReason: 'Invalid signature',
      fix: `Serve the SPKI PEM (-----BEGIN PUBLIC KEY-----) at ${url}.`,
    });
    expect(verdict.checks.find((item) => item.id === 'signature')).toMatchObject({
      status: 'skip',
      message: 'Not checked: no public key.',
    });
  });

  it('RS: an HTML page from the key server is shown escaped and cut short', async () => {
    const url = `https://keys.test/asap/${await asapFileName('app/key-1')}`;
    const page =
      '<!doctype html>\n<html><head><title>Welcome to nginx!</title>\u202e</head></html>';
    const fakeFetch: typeof fetch = async () =>
      new Response(page, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    const outcome = await verifySignature(decodedToken(rsToken), RS_PROFILE, { fetch: fakeFetch });
    expect(outcome).toEqual({
      status: 'no-key',
      message: `The key server answered HTTP 200 at ${url}, but not with a PEM public key: it sent Content-Type "text/html; charset=utf-8", starting "<!doctype html>\\n<html><head><title>Welco"…. The Jitsi server takes that body as the key, cannot read it, and refuses every token.`,
      serverReason: 'Invalid signature',
      fix: `Serve the SPKI PEM (-----BEGIN PUBLIC KEY-----) at ${url}.`,
    });
  });

  it('RS: an empty 204 and a non-printable body say exactly what came', async () => {
    const empty: typeof fetch = async () => new Response(null, { status: 204 });
    const first = await verifySignature(decodedToken(rsToken), RS_PROFILE, { fetch: empty });
    expect(first.status === 'no-key' && first.message).toContain(
      'The key server answered HTTP 204 at https://keys.test/asap/',
    );
    expect(first.status === 'no-key' && first.message).toContain(
      'it sent no Content-Type and an empty body.',
    );
    const odd: typeof fetch = async () =>
      new Response('\u202eKEY\u0007', { status: 200, headers: { 'content-type': 'x/\u00e9' } });
    const second = await verifySignature(decodedToken(rsToken), RS_PROFILE, { fetch: odd });
    expect(second.status === 'no-key' && second.message).toContain(
      'it sent Content-Type "x/\\u00e9", starting "\\u202eKEY\\u0007".',
    );
  });

  it('RS: a PEM public key from the key server still reaches the signature check', async () => {
    const fakeFetch: typeof fetch = async () =>
      new Response(publicPem, { status: 200, headers: { 'content-type': 'text/html' } });
    expect(await verifySignature(decodedToken(rsToken), RS_PROFILE, { fetch: fakeFetch })).toEqual({
      status: 'valid',
    });
  });

  it('inspectToken accepts a good RS256 token through the key server', async () => {
    const fakeFetch: typeof fetch = async () => new Response(publicPem, { status: 200 });
    const verdict = await inspectToken(
      rsToken,
      { ...RS_PROFILE, enable_domain_verification: true },
      TARGET,
      { now: NOW, fetch: fakeFetch },
    );
    expect(verdict.login).toEqual({ ok: true });
    expect(verdict.join).toEqual({ ok: true });
  });
});

describe('verifySignature on a hostile header', () => {
  it('names an alg nested 5,000 deep in a few characters, not a stack overflow', async () => {
    const deep = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`);
    const outcome = await verifySignature(
      {
        raw: 'h.p.s',
        header: { alg: deep, typ: 'JWT' },
        payload: {},
        signature: 's',
        signingInput: 'h.p',
      },
      { public_key: 'x' },
    );
    expect(outcome).toEqual({
      status: 'unchecked',
      message: 'Not checked: alg [[[[[[[[[…]]]]]]]]] is not one a Jitsi server can verify.',
    });
  });
});
