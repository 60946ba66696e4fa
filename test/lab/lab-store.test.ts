import { generateKeyPairSync } from 'node:crypto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../../src/core/decode-token.ts';
import { verifySignature } from '../../src/core/verify-signature.ts';
import { openKeyStore } from '../../src/lab/key-store.ts';
import { createLabStore, type LabDeps, type LabStore } from '../../src/lab/lab-store.ts';

const NOW = Date.UTC(2026, 10, 30, 9, 0, 0);
const NOW_S = NOW / 1000;
const target = { domain: 'localhost:8443', room: 'Daily Standup' };
const request = { room: 'Daily Standup', displayName: 'Ann', domain: 'localhost:8443' };

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

function lab(factory = new IDBFactory(), extra: Partial<LabDeps> = {}): LabStore {
  return createLabStore({
    keyStore: openKeyStore(factory, 'lab'),
    now: () => NOW,
    target,
    presetId: 'docker-asap',
    devKeyServer: 'http://host.docker.internal:5173/asap',
    sessionStorage: memoryStorage(),
    ...extra,
  });
}

async function signed(store: LabStore) {
  await store.getState().refresh();
  const preview = store.getState().preview;
  if (preview.status !== 'signed') throw new Error(`not signed: ${JSON.stringify(preview)}`);
  return preview;
}

describe('the lab store', () => {
  it('makes the dev key on first use and signs a token the server accepts', async () => {
    const store = lab();
    const result = await store.getState().signFor(request);
    if (!result.ok) throw new Error(result.error.message);
    const decoded = decodeToken(result.value);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value.header).toEqual({ alg: 'RS256', kid: 'dev-launcher/key-1', typ: 'JWT' });
    expect(decoded.value.payload).toEqual({
      iss: 'my_jitsi_app_id',
      aud: 'my_jitsi_app_id',
      sub: 'meet.jitsi',
      room: 'daily%20standup',
      iat: NOW_S,
      nbf: NOW_S - 10,
      exp: NOW_S + 3600,
      context: { user: { id: 'lab-user', name: 'Ann', moderator: true } },
    });
    const files = store.getState().publicFiles['dev-launcher/key-1'];
    expect(files?.asapFile).toBe(
      '53cb1ddb808f0e1adaa099d78803f1dc1ff88fd2530096848d882643876c78c3.pem',
    );
    expect(await verifySignature(decoded.value, { public_key: files?.pem ?? '' })).toEqual({
      status: 'valid',
    });
    const key = store.getState().keys[0];
    expect(key?.privateKey.extractable).toBe(false);
  });

  it('shows a passing verdict for the live token, with a valid signature', async () => {
    const store = lab();
    await store.getState().init();
    const preview = await signed(store);
    expect(preview.verdict.login).toEqual({ ok: true });
    expect(preview.verdict.join).toEqual({ ok: true });
    expect(preview.signature).toEqual({ status: 'valid' });
  });

  it('shows the exact server reason when a claim is broken, and refuses to join with it', async () => {
    const store = lab();
    store.getState().updateForm({ iss: 'someone-else' });
    const preview = await signed(store);
    expect(preview.verdict.login).toEqual({ ok: false, reason: "invalid 'iss' claim" });
    const failing = preview.verdict.checks.find((c) => c.status === 'fail');
    expect(failing?.serverReason).toBe("invalid 'iss' claim");

    const refused = await store.getState().signFor(request);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.kind).toBe('token-source');
      expect(refused.error.message).toContain("the server says: invalid 'iss' claim");
    }
  });

  it('signs a room written in the raw JSON as written, and shows the mismatch', async () => {
    const store = lab();
    store.getState().updateProfile({ enable_domain_verification: true });
    const { payload } = await signed(store);
    store.getState().setPayload({ ...payload, room: 'Daily Standup' });
    const after = await signed(store);
    expect(after.payload.room).toBe('Daily Standup');
    expect(after.verdict.login.ok).toBe(true);
    expect(after.verdict.join.ok).toBe(false);
    expect(after.verdict.join.reason).toBe('Room and token mismatched');
    // Editing the room in the form takes over again.
    store.getState().updateForm({ room: 'Daily Standup' });
    expect((await signed(store)).payload.room).toBe('daily%20standup');
  });

  it('keeps hand-written times and removed claims as the raw JSON has them', async () => {
    const store = lab();
    const { payload } = await signed(store);
    const { sub: _gone, ...rest } = payload;
    store.getState().setPayload({ ...rest, iat: NOW_S - 100, nbf: NOW_S - 100, exp: NOW_S + 50 });
    const after = await signed(store);
    expect(after.payload.iat).toBe(NOW_S - 100);
    expect(after.payload.nbf).toBe(NOW_S - 100);
    expect(after.payload.exp).toBe(NOW_S + 50);
    expect('sub' in after.payload).toBe(false);
    expect(store.getState().omitted).toEqual(['sub']);
    store.getState().updateForm({ sub: 'meet.jitsi' });
    expect((await signed(store)).payload.sub).toBe('meet.jitsi');
    expect(store.getState().omitted).toEqual([]);
  });

  it('keeps keys across a reload, rotates to a new kid and deletes', async () => {
    const factory = new IDBFactory();
    const first = lab(factory);
    await first.getState().generateKey('dev-launcher/key-1');
    await first.getState().rotateKey();
    expect(first.getState().activeKid).toBe('dev-launcher/key-2');

    const reloaded = lab(factory);
    await reloaded.getState().init();
    expect(reloaded.getState().keys.map((k) => k.kid)).toEqual([
      'dev-launcher/key-1',
      'dev-launcher/key-2',
    ]);
    expect(reloaded.getState().activeKid).toBe('dev-launcher/key-2');
    const preview = await signed(reloaded);
    const decoded = decodeToken(preview.token);
    expect(decoded.ok && decoded.value.header.kid).toBe('dev-launcher/key-2');

    await reloaded.getState().generateKey('dev-launcher/key-1');
    expect(reloaded.getState().keyProblem).toBe(
      'A key named dev-launcher/key-1 exists: servers cache keys by kid, so a new key needs a new kid.',
    );
    await reloaded.getState().deleteKey('dev-launcher/key-2');
    expect(reloaded.getState().activeKid).toBe('dev-launcher/key-1');
    await lab(factory).getState().init();
    const again = lab(factory);
    await again.getState().init();
    expect(again.getState().keys.map((k) => k.kid)).toEqual(['dev-launcher/key-1']);
    // A deleted kid is never given to a new key, even after a reload.
    expect(again.getState().retiredKids).toEqual(['dev-launcher/key-2']);
    await again.getState().generateKey('dev-launcher/key-2');
    expect(again.getState().keyProblem).toBe(
      'dev-launcher/key-2 belonged to a deleted key, which servers may still have cached: choose a new kid, e.g. dev-launcher/key-3.',
    );
    await again.getState().rotateKey();
    expect(again.getState().activeKid).toBe('dev-launcher/key-3');
  });

  it('imports a PKCS#8 key with its kid, non-extractable', async () => {
    const store = lab();
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = String(privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await store.getState().importKey(pem, 'vpaas-magic-cookie-abc/key1');
    expect(store.getState().keyProblem).toBeUndefined();
    const key = store.getState().keys.find((k) => k.kid === 'vpaas-magic-cookie-abc/key1');
    expect(key?.origin).toBe('imported');
    expect(key?.privateKey.extractable).toBe(false);
    await store.getState().importKey(pem, 'vpaas-magic-cookie-abc/key1');
    expect(store.getState().keyProblem).toBe(
      'A key named vpaas-magic-cookie-abc/key1 exists: delete it first, or import under another kid.',
    );
    await store
      .getState()
      .importKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', 'x');
    expect(store.getState().keyProblem).toBe(
      'This is a public key or certificate: signing needs the private key.',
    );
  });

  it('signs HS256 with the typed secret, kept in the session only when asked', async () => {
    const storage = memoryStorage();
    const store = lab(new IDBFactory(), { presetId: 'docker-hs256', sessionStorage: storage });
    await store.getState().refresh();
    expect(store.getState().preview).toEqual({
      status: 'waiting',
      message: 'Type the app secret to sign with (HS256).',
      fix: 'Enter the secret your server has as JWT_APP_SECRET / app_secret.',
    });
    store.getState().setSecret('s3cret');
    const preview = await signed(store);
    expect(preview.signature).toEqual({ status: 'valid' });
    expect(preview.verdict.login).toEqual({ ok: true });
    expect(storage.length).toBe(0);
    store.getState().setSecretRemembered(true);
    expect(
      [...Array(storage.length).keys()].map((i) => storage.getItem(storage.key(i) ?? '')),
    ).toEqual(['s3cret']);
    const next = lab(new IDBFactory(), { presetId: 'docker-hs256', sessionStorage: storage });
    expect(next.getState().secret).toBe('s3cret');
    store.getState().setSecretRemembered(false);
    expect(storage.length).toBe(0);
  });

  it('publishes public keys to the dev server', async () => {
    const bodies: unknown[] = [];
    const fetch = async (_url: string | URL | Request, init?: RequestInit) => {
      bodies.push(JSON.parse(String(init?.body)));
      return Response.json({ file: 'f.pem', url: '/asap/f.pem' }, { status: 201 });
    };
    const store = lab(new IDBFactory(), {
      publish: true,
      publishDeps: { fetch, origin: 'http://localhost:5173' },
    });
    await store.getState().generateKey('dev-launcher/key-1');
    expect(store.getState().published['dev-launcher/key-1']).toEqual({
      status: 'published',
      url: 'http://localhost:5173/asap/f.pem',
    });
    expect(bodies).toHaveLength(1);
    const body = bodies[0] as { kid: string; pem: string };
    expect(body.kid).toBe('dev-launcher/key-1');
    expect(body.pem.startsWith('-----BEGIN PUBLIC KEY-----')).toBe(true);
    expect(JSON.stringify(body)).not.toContain('PRIVATE');
  });
});
