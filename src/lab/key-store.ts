import type { JitsiAlgorithm, Result } from '../core/types.ts';

/**
 * A signing key kept in IndexedDB. The CryptoKey objects are stored as they are: structured
 * clone keeps a non-extractable private key usable for signing, and its bits never leave the
 * browser's key store.
 */
export interface StoredKey {
  kid: string;
  alg: Extract<JitsiAlgorithm, `RS${string}`>;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** Made here, or imported (e.g. a JaaS key). */
  origin: 'generated' | 'imported';
  /** Milliseconds since the epoch. */
  createdAt: number;
}

export type KeyStoreError =
  | { kind: 'key-store-unavailable'; message: string }
  | { kind: 'key-store-failed'; message: string };

export interface KeyStore {
  /** Oldest first. */
  list(): Promise<Result<StoredKey[], KeyStoreError>>;
  /** Adds or replaces the key with this kid. */
  put(key: StoredKey): Promise<Result<void, KeyStoreError>>;
  remove(kid: string): Promise<Result<void, KeyStoreError>>;
  /**
   * Kids of deleted keys. Servers cache a key per kid until they restart, so a kid is never given
   * to a new key again.
   */
  retiredKids(): Promise<Result<string[], KeyStoreError>>;
  retireKid(kid: string): Promise<Result<void, KeyStoreError>>;
  /** The kid the lab signs with, remembered across reloads. */
  activeKid(): Promise<Result<string | undefined, KeyStoreError>>;
  setActiveKid(kid: string | undefined): Promise<Result<void, KeyStoreError>>;
}

const DB_VERSION = 1;
const KEYS = 'keys';
const SETTINGS = 'settings';
const ACTIVE_KID = 'active-kid';
const RETIRED_KIDS = 'retired-kids';

/** Opens lazily on first use; `factory` is injected so tests use an in-memory IndexedDB. */
export function openKeyStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name = 'jitsi-jwt-launcher-lab',
): KeyStore {
  let opening: Promise<Result<IDBDatabase, KeyStoreError>> | undefined;
  const db = (): Promise<Result<IDBDatabase, KeyStoreError>> => {
    // A failed open is not kept: the next call tries again.
    opening ??= openDatabase(factory, name).then((result) => {
      if (!result.ok) opening = undefined;
      return result;
    });
    return opening;
  };

  const run = async <T>(
    store: string,
    mode: IDBTransactionMode,
    action: (objects: IDBObjectStore) => IDBRequest | undefined,
    read: (request: IDBRequest | undefined) => T,
  ): Promise<Result<T, KeyStoreError>> => {
    const opened = await db();
    if (!opened.ok) return opened;
    return new Promise((resolve) => {
      let request: IDBRequest | undefined;
      try {
        const transaction = opened.value.transaction(store, mode);
        request = action(transaction.objectStore(store));
        transaction.oncomplete = () => resolve({ ok: true, value: read(request) });
        transaction.onerror = () => resolve(failed(transaction.error));
        transaction.onabort = () => resolve(failed(transaction.error));
      } catch (error) {
        resolve(failed(error));
      }
    });
  };

  return {
    list: () =>
      run(
        KEYS,
        'readonly',
        (keys) => keys.getAll(),
        (request) =>
          (Array.isArray(request?.result) ? request.result : [])
            .filter(isStoredKey)
            .sort((a, b) => a.createdAt - b.createdAt),
      ),
    put: (key) =>
      run(
        KEYS,
        'readwrite',
        (keys) => keys.put(key),
        () => undefined,
      ),
    remove: (kid) =>
      run(
        KEYS,
        'readwrite',
        (keys) => keys.delete(kid),
        () => undefined,
      ),
    retiredKids: () =>
      run(
        SETTINGS,
        'readonly',
        (settings) => settings.get(RETIRED_KIDS),
        (request) => stringList(request?.result),
      ),
    retireKid: async (kid) => {
      const known = await run(
        SETTINGS,
        'readonly',
        (settings) => settings.get(RETIRED_KIDS),
        (request) => stringList(request?.result),
      );
      if (!known.ok) return known;
      if (known.value.includes(kid)) return { ok: true, value: undefined };
      return run(
        SETTINGS,
        'readwrite',
        (settings) => settings.put([...known.value, kid], RETIRED_KIDS),
        () => undefined,
      );
    },
    activeKid: () =>
      run(
        SETTINGS,
        'readonly',
        (settings) => settings.get(ACTIVE_KID),
        (request) => (typeof request?.result === 'string' ? request.result : undefined),
      ),
    setActiveKid: (kid) =>
      run(
        SETTINGS,
        'readwrite',
        (settings) =>
          kid === undefined ? settings.delete(ACTIVE_KID) : settings.put(kid, ACTIVE_KID),
        () => undefined,
      ),
  };
}

function openDatabase(
  factory: IDBFactory | undefined,
  name: string,
): Promise<Result<IDBDatabase, KeyStoreError>> {
  if (factory === undefined) {
    return Promise.resolve({
      ok: false,
      error: {
        kind: 'key-store-unavailable',
        message:
          'This browser has no IndexedDB here (a private window?): keys last only until reload.',
      },
    });
  }
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      resolve(unavailable(error));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(KEYS)) db.createObjectStore(KEYS, { keyPath: 'kid' });
      if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
    };
    request.onsuccess = () => resolve({ ok: true, value: request.result });
    request.onerror = () => resolve(unavailable(request.error));
    request.onblocked = () =>
      resolve({
        ok: false,
        error: {
          kind: 'key-store-unavailable',
          message: 'The key store is held by another tab of an older version: close it and retry.',
        },
      });
  });
}

function isStoredKey(value: unknown): value is StoredKey {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'kid' in value &&
    typeof value.kid === 'string' &&
    'alg' in value &&
    (value.alg === 'RS256' || value.alg === 'RS384' || value.alg === 'RS512') &&
    'privateKey' in value &&
    value.privateKey instanceof CryptoKey &&
    'publicKey' in value &&
    value.publicKey instanceof CryptoKey &&
    'origin' in value &&
    (value.origin === 'generated' || value.origin === 'imported') &&
    'createdAt' in value &&
    typeof value.createdAt === 'number'
  );
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function describe(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.message : String(error);
}

function unavailable(error: unknown): { ok: false; error: KeyStoreError } {
  return {
    ok: false,
    error: {
      kind: 'key-store-unavailable',
      message: `The browser refused to open the key store (${describe(error)}): keys last only until reload.`,
    },
  };
}

function failed(error: unknown): { ok: false; error: KeyStoreError } {
  return {
    ok: false,
    error: { kind: 'key-store-failed', message: `The key store failed: ${describe(error)}.` },
  };
}
