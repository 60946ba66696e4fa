import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openKeyStore } from '../../src/lab/key-store.ts';
import { makeStoredKey } from './support/stored-key.ts';

describe('the IndexedDB key store', () => {
  it('keeps non-extractable keys across openings and signs with them', async () => {
    const factory = new IDBFactory();
    const first = openKeyStore(factory, 'lab');
    const key = await makeStoredKey('dev-launcher/key-1', 1000);
    expect(await first.put(key)).toEqual({ ok: true, value: undefined });

    const reopened = openKeyStore(factory, 'lab');
    const listed = await reopened.list();
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.map((k) => k.kid)).toEqual(['dev-launcher/key-1']);
    const [restored] = listed.value;
    expect(restored?.privateKey.extractable).toBe(false);
    expect(restored?.privateKey.type).toBe('private');
    const data = new TextEncoder().encode('header.payload');
    const signature = await crypto.subtle.sign(
      'RSASSA-PKCS1-v1_5',
      restored?.privateKey as CryptoKey,
      data,
    );
    expect(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key.publicKey, signature, data)).toBe(
      true,
    );
    await expect(
      crypto.subtle.exportKey('pkcs8', restored?.privateKey as CryptoKey),
    ).rejects.toThrow();
  });

  it('lists oldest first, replaces by kid and removes', async () => {
    const store = openKeyStore(new IDBFactory(), 'lab');
    await store.put(await makeStoredKey('b', 2000));
    await store.put(await makeStoredKey('a', 1000));
    await store.put(await makeStoredKey('b', 3000));
    const listed = await store.list();
    expect(listed.ok && listed.value.map((k) => [k.kid, k.createdAt])).toEqual([
      ['a', 1000],
      ['b', 3000],
    ]);
    await store.remove('a');
    const after = await store.list();
    expect(after.ok && after.value.map((k) => k.kid)).toEqual(['b']);
  });

  it('remembers the active kid', async () => {
    const factory = new IDBFactory();
    const store = openKeyStore(factory, 'lab');
    expect(await store.activeKid()).toEqual({ ok: true, value: undefined });
    await store.setActiveKid('dev-launcher/key-2');
    expect(await openKeyStore(factory, 'lab').activeKid()).toEqual({
      ok: true,
      value: 'dev-launcher/key-2',
    });
    await store.setActiveKid(undefined);
    expect(await store.activeKid()).toEqual({ ok: true, value: undefined });
  });

  it('remembers retired kids, once each', async () => {
    const factory = new IDBFactory();
    const store = openKeyStore(factory, 'lab');
    expect(await store.retiredKids()).toEqual({ ok: true, value: [] });
    await store.retireKid('dev-launcher/key-1');
    await store.retireKid('dev-launcher/key-2');
    await store.retireKid('dev-launcher/key-1');
    expect(await openKeyStore(factory, 'lab').retiredKids()).toEqual({
      ok: true,
      value: ['dev-launcher/key-1', 'dev-launcher/key-2'],
    });
  });

  it('says so when there is no IndexedDB, and retries the open next time', async () => {
    const none = openKeyStore(undefined, 'lab');
    expect(await none.list()).toEqual({
      ok: false,
      error: {
        kind: 'key-store-unavailable',
        message:
          'This browser has no IndexedDB here (a private window?): keys last only until reload.',
      },
    });

    let calls = 0;
    const real = new IDBFactory();
    const flaky = {
      open: (name: string, version?: number) => {
        calls += 1;
        if (calls === 1) throw new DOMException('The operation is insecure.', 'SecurityError');
        return real.open(name, version);
      },
    } as unknown as IDBFactory;
    const store = openKeyStore(flaky, 'lab');
    expect(await store.list()).toEqual({
      ok: false,
      error: {
        kind: 'key-store-unavailable',
        message:
          'The browser refused to open the key store (The operation is insecure.): keys last only until reload.',
      },
    });
    expect(await store.list()).toEqual({ ok: true, value: [] });
  });
});
