import { cleanup, render, screen } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src/lab/clipboard.ts';
import { KeyManager } from '../../src/lab/key-manager.tsx';
import { openKeyStore } from '../../src/lab/key-store.ts';
import { createLabStore } from '../../src/lab/lab-store.ts';
import { makeStoredKey } from './support/stored-key.ts';

const output: Output = { copy: async () => undefined, download: () => undefined };

afterEach(cleanup);

describe('the key manager', () => {
  it('says when a stored creation time is not a date, instead of "Invalid Date"', async () => {
    const keyStore = openKeyStore(new IDBFactory(), 'lab');
    const createdAt = Date.UTC(2026, 10, 30, 9, 0, 0);
    for (const key of [
      await makeStoredKey('key-a', createdAt),
      await makeStoredKey('key-b', Number.NaN),
      await makeStoredKey('key-c', 1e300),
    ]) {
      expect(await keyStore.put(key)).toEqual({ ok: true, value: undefined });
    }
    const lab = createLabStore({
      keyStore,
      now: () => createdAt,
      target: { domain: 'localhost:8443', room: 'LabTest' },
      presetId: 'docker-asap',
    });
    render(<KeyManager lab={lab} output={output} />);
    await lab.getState().init();

    const radio = (kid: string) => screen.getByRole('radio', { name: new RegExp(`^${kid} `) });
    expect((await screen.findAllByRole('radio')).length).toBe(3);
    expect(radio('key-a').parentElement?.textContent?.trim()).toBe(
      `key-a (generated, created ${new Date(createdAt).toLocaleString()})`,
    );
    expect(radio('key-b').parentElement?.textContent?.trim()).toBe(
      'key-b (generated, creation time unknown)',
    );
    expect(radio('key-c').parentElement?.textContent?.trim()).toBe(
      'key-c (generated, creation time unknown)',
    );
    expect(screen.queryByText(/Invalid Date/)).toBeNull();
  });
});
