import { generateKeyPairSync } from 'node:crypto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../../src/core/decode-token.ts';
import { openKeyStore } from '../../src/lab/key-store.ts';
import { createLabStore } from '../../src/lab/lab-store.ts';
import { createLocalTokenSource } from '../../src/lab/local-token-source.ts';

const NOW = Date.UTC(2026, 10, 30, 9, 0, 0);
const request = {
  room: 'Team Sync',
  displayName: 'Bo',
  email: 'bo@example.com',
  domain: 'meet.example',
  tenant: 'Acme',
};

function lab() {
  return createLabStore({
    keyStore: openKeyStore(new IDBFactory(), 'lab'),
    now: () => NOW,
    target: { domain: 'localhost:8443', room: 'LabTest' },
    presetId: 'docker-asap',
    devKeyServer: 'http://host.docker.internal:5173/asap',
  });
}

describe('the local-mode token source', () => {
  it('signs for the room, the person and the tenant of the join', async () => {
    const source = createLocalTokenSource(lab());
    const result = await source(request, new AbortController().signal);
    if (!result.ok) throw new Error(result.error.message);
    const decoded = decodeToken(result.value);
    expect(decoded.ok && decoded.value.payload).toMatchObject({
      room: 'team%20sync',
      sub: 'acme',
      context: { user: { name: 'Bo', email: 'bo@example.com' } },
    });
  });

  it('keeps a sub the user set by hand', async () => {
    const store = lab();
    store.getState().updateForm({ sub: '*' });
    const result = await createLocalTokenSource(store)(request, new AbortController().signal);
    const decoded = result.ok ? decodeToken(result.value) : undefined;
    expect(decoded?.ok && decoded.value.payload.sub).toBe('*');
  });

  it('answers a cancelled join as cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await createLocalTokenSource(lab())(request, controller.signal)).toEqual({
      ok: false,
      error: { kind: 'aborted', message: 'The join was cancelled.' },
    });
    const later = new AbortController();
    const pending = createLocalTokenSource(lab())(request, later.signal);
    later.abort();
    expect(await pending).toEqual({
      ok: false,
      error: { kind: 'aborted', message: 'The join was cancelled.' },
    });
  });

  it('takes the kid from an imported JWK, e.g. a JaaS key', async () => {
    const store = lab();
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'vpaas-magic-cookie-abc/4f4910' };
    await store.getState().importKey(JSON.stringify(jwk), '');
    expect(store.getState().keyProblem).toBeUndefined();
    expect(store.getState().activeKid).toBe('vpaas-magic-cookie-abc/4f4910');
    const result = await createLocalTokenSource(store)(request, new AbortController().signal);
    const decoded = result.ok ? decodeToken(result.value) : undefined;
    expect(decoded?.ok && decoded.value.header.kid).toBe('vpaas-magic-cookie-abc/4f4910');
  });
});
