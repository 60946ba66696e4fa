import { asapFileName } from '../../core/keys/asap-file-name.ts';
import { exportPublicKey } from '../../core/keys/export-public-key.ts';
import { generateKeyPair } from '../../core/keys/generate-key-pair.ts';
import { importPrivateKey } from '../../core/keys/import-private-key.ts';
import type { JsonObject, Result } from '../../core/types.ts';
import type { KeyStore, StoredKey } from '../key-store.ts';
import { freshKid } from '../next-kid.ts';
import { splitImportedKey } from '../split-imported-key.ts';
import { applyChange, type LabContext, type LabSlice } from './lab-context.ts';

/** The public half of a key, in every form a server or a console asks for. */
export interface PublicKeyFiles {
  pem: string;
  jwk: JsonObject;
  jwks: JsonObject;
  /** `<hex(sha256(kid))>.pem`. */
  asapFile: string;
}

export type KeysStatus =
  | { status: 'loading' }
  | { status: 'ready' }
  /** No IndexedDB: keys work but vanish on reload. */
  | { status: 'memory-only'; message: string };

/** The RSA keys kept in this browser: made, imported, chosen, deleted. */
export interface KeysSlice {
  keys: StoredKey[];
  /** Kids of deleted keys: never given to a new key (servers cache keys per kid). */
  retiredKids: string[];
  keysStatus: KeysStatus;
  activeKid: string | undefined;
  publicFiles: Partial<Record<string, PublicKeyFiles>>;
  /** The last key operation's failure, in words (import, generate, delete). */
  keyProblem: string | undefined;

  init(): Promise<void>;
  /** The key to sign with; the first one is made here when there is none. */
  ensureKey(): Promise<StoredKey | undefined>;
  generateKey(kid: string): Promise<void>;
  /** A new key under the next free kid: rotation, since servers cache keys per kid. */
  rotateKey(): Promise<void>;
  deleteKey(kid: string): Promise<void>;
  importKey(text: string, kid: string): Promise<void>;
  selectKey(kid: string): void;
}

async function publicFilesFor(key: StoredKey): Promise<PublicKeyFiles> {
  const exported = await exportPublicKey(key.publicKey, key.kid);
  return {
    pem: exported.pem,
    jwk: { ...exported.jwk },
    jwks: { keys: exported.jwks.keys.map((jwk): JsonObject => ({ ...jwk })) },
    asapFile: await asapFileName(key.kid),
  };
}

/** Why a kid cannot name a new key, or undefined when it can. */
function kidProblem(state: KeysSlice, name: string): string | undefined {
  if (name === '') return 'Name the key (kid) first, e.g. dev-launcher/key-1.';
  if (state.keys.some((k) => k.kid === name)) {
    return `A key named ${name} exists: servers cache keys by kid, so a new key needs a new kid.`;
  }
  if (state.retiredKids.includes(name)) {
    return `${name} belonged to a deleted key, which servers may still have cached: choose a new kid, e.g. ${freshKid(state)}.`;
  }
  return undefined;
}

/** A pasted private key (PKCS#8 PEM or JWK), checked and stored non-extractable, or why not. */
async function readImportedKey(
  state: KeysSlice,
  text: string,
  kid: string,
  createdAt: number,
): Promise<Result<StoredKey, string>> {
  const imported = await importPrivateKey(text, { extractable: true });
  if (!imported.ok) return { ok: false, error: imported.error.message };
  const name = kid.trim() || imported.value.kid || '';
  if (name === '') {
    return { ok: false, error: 'This key names no kid: type the kid the server knows it by.' };
  }
  if (!imported.value.alg.startsWith('RS')) {
    return {
      ok: false,
      error: `Jitsi signs with RSA keys (RS256); this key is for ${imported.value.alg}.`,
    };
  }
  if (state.keys.some((k) => k.kid === name)) {
    return {
      ok: false,
      error: `A key named ${name} exists: delete it first, or import under another kid.`,
    };
  }
  // The private key was imported extractable only to derive its public half; it is imported
  // again, non-extractable, for keeps.
  const pair = await splitImportedKey(imported.value.key, imported.value.alg);
  if (!pair.ok) return pair;
  return {
    ok: true,
    value: {
      kid: name,
      alg: imported.value.alg,
      privateKey: pair.value.privateKey,
      publicKey: pair.value.publicKey,
      origin: 'imported',
      createdAt,
    },
  };
}

/** What the browser's key store holds: the keys with their public files, the active and retired kids. */
async function loadKeys(
  keyStore: KeyStore,
): Promise<
  Partial<Pick<KeysSlice, 'keys' | 'activeKid' | 'publicFiles'>> &
    Pick<KeysSlice, 'retiredKids' | 'keysStatus'>
> {
  const listed = await keyStore.list();
  const active = await keyStore.activeKid();
  const retired = await keyStore.retiredKids();
  const retiredKids = retired.ok ? retired.value : [];
  if (!listed.ok) {
    const keysStatus: KeysStatus = { status: 'memory-only', message: listed.error.message };
    // Keys made in this session stay: they live in memory only.
    return { retiredKids, keysStatus };
  }
  const keys = listed.value;
  const activeKid =
    active.ok && keys.some((k) => k.kid === active.value) ? active.value : keys.at(-1)?.kid;
  const publicFiles: Partial<Record<string, PublicKeyFiles>> = {};
  for (const key of keys) publicFiles[key.kid] = await publicFilesFor(key);
  return { keys, activeKid, publicFiles, retiredKids, keysStatus: { status: 'ready' } };
}

export function createKeysSlice({ deps, now }: LabContext): LabSlice<KeysSlice> {
  return (set, get) => {
    let initialised: Promise<void> | undefined;
    let creatingFirst: Promise<boolean> | undefined;

    const addKey = async (key: StoredKey) => {
      const stored = await deps.keyStore.put(key);
      if (!stored.ok) set({ keysStatus: { status: 'memory-only', message: stored.error.message } });
      const files = await publicFilesFor(key);
      set({
        keys: [...get().keys.filter((k) => k.kid !== key.kid), key],
        publicFiles: { ...get().publicFiles, [key.kid]: files },
        activeKid: key.kid,
        keyProblem: undefined,
      });
      await deps.keyStore.setActiveKid(key.kid);
      await get().publishKey(key.kid, files.pem);
    };

    /** Makes and keeps a new key pair; false (with keyProblem set) when it cannot. */
    const createKey = async (kid: string): Promise<boolean> => {
      const name = kid.trim();
      const problem = kidProblem(get(), name);
      if (problem !== undefined) {
        set({ keyProblem: problem });
        return false;
      }
      try {
        const pair = await generateKeyPair({ extractable: false });
        await addKey({
          kid: name,
          alg: 'RS256',
          privateKey: pair.privateKey,
          publicKey: pair.publicKey,
          origin: 'generated',
          createdAt: now(),
        });
        return true;
      } catch (error) {
        set({ keyProblem: `The browser could not make a key: ${String(error)}` });
        return false;
      }
    };

    return {
      keys: [],
      retiredKids: [],
      keysStatus: { status: 'loading' },
      activeKid: undefined,
      publicFiles: {},
      published: {},
      keyProblem: undefined,

      init() {
        initialised ??= (async () => {
          const loaded = await loadKeys(deps.keyStore);
          set(loaded);
          const { keys = [], publicFiles = {} } = loaded;
          await Promise.all(
            keys.map((key) => {
              const files = publicFiles[key.kid];
              return files === undefined ? undefined : get().publishKey(key.kid, files.pem);
            }),
          );
        })();
        return initialised;
      },

      async ensureKey() {
        await get().init();
        const state = get();
        const active = state.keys.find((k) => k.kid === state.activeKid) ?? state.keys.at(-1);
        if (active !== undefined) return active;
        // One first key, however many signings ask for it at once.
        creatingFirst ??= createKey(freshKid(state)).finally(() => {
          creatingFirst = undefined;
        });
        await creatingFirst;
        return get().keys.find((k) => k.kid === get().activeKid);
      },

      async generateKey(kid) {
        if (await createKey(kid)) void get().refresh();
      },

      async rotateKey() {
        await get().init();
        await get().generateKey(freshKid(get()));
      },

      async deleteKey(kid) {
        const removed = await deps.keyStore.remove(kid);
        if (!removed.ok) set({ keyProblem: removed.error.message });
        await deps.keyStore.retireKid(kid);
        if (!get().retiredKids.includes(kid)) set({ retiredKids: [...get().retiredKids, kid] });
        const keys = get().keys.filter((k) => k.kid !== kid);
        const { [kid]: _files, ...publicFiles } = get().publicFiles;
        const activeKid = get().activeKid === kid ? keys.at(-1)?.kid : get().activeKid;
        set({ keys, publicFiles, activeKid });
        await deps.keyStore.setActiveKid(activeKid);
        await get().unpublishKey(kid);
        void get().refresh();
      },

      async importKey(text, kid) {
        const read = await readImportedKey(get(), text, kid, now());
        if (!read.ok) {
          set({ keyProblem: read.error });
          return;
        }
        await addKey(read.value);
        void get().refresh();
      },

      selectKey(kid) {
        void deps.keyStore.setActiveKid(kid);
        applyChange(set, get, { activeKid: kid });
      },
    };
  };
}
