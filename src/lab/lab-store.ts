import { createStore, type StoreApi } from 'zustand/vanilla';
import { buildClaims } from '../core/build-claims.ts';
import { decodeToken } from '../core/decode-token.ts';
import { effectiveProfile } from '../core/effective-profile.ts';
import { judgeToken } from '../core/judge-token.ts';
import { asapFileName } from '../core/keys/asap-file-name.ts';
import { exportPublicKey } from '../core/keys/export-public-key.ts';
import { generateKeyPair } from '../core/keys/generate-key-pair.ts';
import { importPrivateKey } from '../core/keys/import-private-key.ts';
import { normalizeRoomName } from '../core/normalize-room.ts';
import { presetById } from '../core/presets.ts';
import { signToken } from '../core/sign-token.ts';
import type {
  JsonObject,
  PresetId,
  Result,
  ServerProfile,
  SignatureOutcome,
  SignError,
  Target,
  Verdict,
} from '../core/types.ts';
import { verifySignature } from '../core/verify-signature.ts';
import type { TokenError, TokenRequest } from '../meeting/token-source.ts';
import { type ClaimForm, defaultClaimForm, formFromPayload, mergeClaims } from './claim-form.ts';
import { toClaimInput } from './claim-input.ts';
import type { KeyStore, StoredKey } from './key-store.ts';
import { nextKid } from './next-kid.ts';
import { type PublishDeps, publishPublicKey, unpublishPublicKey } from './publish-key.ts';
import { forgetSecret, recallSecret, rememberSecret } from './secret-memory.ts';
import { splitImportedKey } from './split-imported-key.ts';

export const DEFAULT_KID = 'dev-launcher/key-1';

const FORM_CLAIMS: readonly [keyof ClaimForm, string][] = [
  ['iss', 'iss'],
  ['aud', 'aud'],
  ['sub', 'sub'],
  ['room', 'room'],
  ['lifetimeSeconds', 'exp'],
  ['nbfMarginSeconds', 'nbf'],
];

/** The public half of a key, in every form a server or a console asks for. */
export interface PublicKeyFiles {
  pem: string;
  jwk: JsonObject;
  jwks: JsonObject;
  /** `<hex(sha256(kid))>.pem`. */
  asapFile: string;
}

export type PublishState =
  | { status: 'off' }
  | { status: 'publishing' }
  | { status: 'published'; url: string }
  | { status: 'failed'; message: string };

export type KeysStatus =
  | { status: 'loading' }
  | { status: 'ready' }
  /** No IndexedDB: keys work but vanish on reload. */
  | { status: 'memory-only'; message: string };

/** The lab's live token: signed on every edit (even when the server would refuse it). */
export type Preview =
  | { status: 'none' }
  | { status: 'waiting'; message: string; fix?: string }
  | { status: 'error'; message: string }
  | {
      status: 'signed';
      token: string;
      payload: JsonObject;
      verdict: Verdict;
      signature: SignatureOutcome;
      /** Seconds since the epoch when it was signed. */
      signedAt: number;
    };

export interface LabState {
  keys: StoredKey[];
  /** Kids of deleted keys: never given to a new key (servers cache keys per kid). */
  retiredKids: string[];
  keysStatus: KeysStatus;
  activeKid: string | undefined;
  publicFiles: Partial<Record<string, PublicKeyFiles>>;
  published: Partial<Record<string, PublishState>>;
  /** The last key operation's failure, in words (import, generate, delete). */
  keyProblem: string | undefined;
  secret: string;
  secretRemembered: boolean;
  presetId: PresetId;
  /** The server settings; the HS secret lives in `secret`, not here. */
  profile: ServerProfile;
  target: Target;
  form: ClaimForm;
  /** Claims from the raw JSON view that the form cannot hold, laid over the built claims. */
  extra: JsonObject;
  /** The claims as they will be signed (shown even before there is a key or a secret). */
  payload: JsonObject | undefined;
  preview: Preview;

  init(): Promise<void>;
  generateKey(kid: string): Promise<void>;
  rotateKey(): Promise<void>;
  deleteKey(kid: string): Promise<void>;
  importKey(text: string, kid: string): Promise<void>;
  selectKey(kid: string): void;
  setSecret(secret: string): void;
  setSecretRemembered(remember: boolean): void;
  choosePreset(id: PresetId): void;
  updateProfile(patch: Patch<ServerProfile>): void;
  setTarget(patch: Patch<Target>): void;
  updateForm(patch: Partial<ClaimForm>): void;
  /** The raw JSON view was edited into a valid object. */
  setPayload(payload: JsonObject): void;
  /** Sign and judge again (the clock moved, or an edit). */
  refresh(): Promise<void>;
  /** Local mode's token source: a fresh token for one join. */
  signFor(request: TokenRequest): Promise<Result<string, TokenError>>;
}

export interface LabDeps {
  keyStore: KeyStore;
  /** Milliseconds since the epoch. */
  now?: () => number;
  /** Publish public keys to the dev server (true under `npm run dev`). */
  publish?: boolean;
  publishDeps?: PublishDeps;
  fetch?: typeof fetch;
  sessionStorage?: Storage;
  /** Where the lab starts: the launcher's first domain, its tenant, the room from the link. */
  target: Target;
  presetId?: PresetId;
  /** The key server URL a Jitsi container reaches this dev server at. */
  devKeyServer?: string;
}

export type LabStore = StoreApi<LabState>;

/** A partial update where `undefined` clears a setting (back to the server's default). */
export type Patch<T> = { [K in keyof T]?: T[K] | undefined };

/** The lab's store: keys, the server profile, the claims and the live verdict. */
export function createLabStore(deps: LabDeps): LabStore {
  const now = deps.now ?? Date.now;
  const seconds = () => Math.floor(now() / 1000);
  const storage = deps.sessionStorage;
  const remembered = storage === undefined ? recallSecret() : recallSecret(storage);
  let refreshCount = 0;
  let initialised: Promise<void> | undefined;
  let creatingFirst: Promise<boolean> | undefined;

  const initialPreset =
    deps.presetId ?? (deps.devKeyServer === undefined ? 'docker-hs256' : 'docker-asap');
  const initialProfile = presetProfile(initialPreset, deps.devKeyServer);

  return createStore<LabState>()((set, get) => {
    const publicFilesFor = async (key: StoredKey): Promise<PublicKeyFiles> => {
      const exported = await exportPublicKey(key.publicKey, key.kid);
      return {
        pem: exported.pem,
        jwk: { ...exported.jwk },
        jwks: { keys: exported.jwks.keys.map((jwk): JsonObject => ({ ...jwk })) },
        asapFile: await asapFileName(key.kid),
      };
    };

    const publish = async (key: StoredKey, files: PublicKeyFiles) => {
      if (deps.publish !== true) return;
      set({ published: { ...get().published, [key.kid]: { status: 'publishing' } } });
      const result = await publishPublicKey(key.kid, files.pem, deps.publishDeps);
      set({
        published: {
          ...get().published,
          [key.kid]: result.ok
            ? { status: 'published', url: result.value.url }
            : { status: 'failed', message: result.error.message },
        },
      });
    };

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
      await publish(key, files);
    };

    const ensureKey = async (): Promise<StoredKey | undefined> => {
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
    };

    /** Makes and keeps a new key pair; false (with keyProblem set) when it cannot. */
    const createKey = async (kid: string): Promise<boolean> => {
      const name = kid.trim();
      if (name === '') {
        set({ keyProblem: 'Name the key (kid) first, e.g. dev-launcher/key-1.' });
        return false;
      }
      if (get().keys.some((k) => k.kid === name)) {
        set({
          keyProblem: `A key named ${name} exists: servers cache keys by kid, so a new key needs a new kid.`,
        });
        return false;
      }
      if (get().retiredKids.includes(name)) {
        set({
          keyProblem: `${name} belonged to a deleted key, which servers may still have cached: choose a new kid, e.g. ${freshKid(get())}.`,
        });
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

    const signingProfile = (): ServerProfile => {
      const { profile, secret } = get();
      return isHmac(profile) ? { ...profile, app_secret: secret } : profile;
    };

    /** Signs `payload` for `target`; `force` keeps failing tokens (the live preview shows why). */
    const sign = async (
      payload: JsonObject,
      target: Target,
      force: boolean,
    ): Promise<Result<string, { message: string; fix?: string }>> => {
      const state = get();
      const profile = signingProfile();
      if (isHmac(profile)) {
        if (state.secret === '') {
          return {
            ok: false,
            error: {
              message: 'Type the app secret to sign with (HS256).',
              fix: 'Enter the secret your server has as JWT_APP_SECRET / app_secret.',
            },
          };
        }
        const alg = effectiveProfile(profile).algorithm;
        const signed = await signToken(
          payload,
          { alg: hmacAlg(alg), secret: state.secret },
          profile,
          { now: seconds(), target, force },
        );
        return signed.ok ? signed : { ok: false, error: describeSignError(signed.error) };
      }
      const key = await ensureKey();
      if (key === undefined) {
        return {
          ok: false,
          error: {
            message: get().keyProblem ?? 'There is no signing key.',
            fix: 'Generate or import a key.',
          },
        };
      }
      const signed = await signToken(
        payload,
        { alg: key.alg, kid: key.kid, key: key.privateKey },
        profile,
        { now: seconds(), target, force },
      );
      return signed.ok ? signed : { ok: false, error: describeSignError(signed.error) };
    };

    /** How the lab checks its own signature: with the key it holds, as the server would. */
    const verifyOwn = async (token: string): Promise<SignatureOutcome> => {
      const decoded = decodeToken(token);
      if (!decoded.ok) return { status: 'invalid', message: decoded.error.message };
      const state = get();
      const profile = signingProfile();
      if (isHmac(profile)) return verifySignature(decoded.value, profile);
      const files = state.activeKid === undefined ? undefined : state.publicFiles[state.activeKid];
      if (files === undefined) return { status: 'no-key', message: 'No public key to check with.' };
      // The key the lab holds stands in for the key server's copy (public_key wins over it).
      return verifySignature(decoded.value, { ...profile, public_key: files.pem });
    };

    const payloadNow = (): JsonObject => {
      const { form, extra } = get();
      return mergeClaims(buildClaims(toClaimInput(form), seconds()), extra);
    };

    const changed = (patch: Partial<LabState>) => {
      set(patch);
      void get().refresh();
    };

    return {
      keys: [],
      retiredKids: [],
      keysStatus: { status: 'loading' },
      activeKid: undefined,
      publicFiles: {},
      published: {},
      keyProblem: undefined,
      secret: remembered ?? '',
      secretRemembered: remembered !== undefined,
      presetId: initialPreset,
      profile: initialProfile,
      target: deps.target,
      form: defaultClaimForm(initialProfile, deps.target),
      extra: {},
      payload: undefined,
      preview: { status: 'none' },

      init() {
        initialised ??= (async () => {
          const listed = await deps.keyStore.list();
          const active = await deps.keyStore.activeKid();
          const retired = await deps.keyStore.retiredKids();
          if (retired.ok) set({ retiredKids: retired.value });
          if (!listed.ok) {
            set({ keysStatus: { status: 'memory-only', message: listed.error.message } });
            return;
          }
          const keys = listed.value;
          const activeKid =
            active.ok && keys.some((k) => k.kid === active.value) ? active.value : keys.at(-1)?.kid;
          const publicFiles: Partial<Record<string, PublicKeyFiles>> = {};
          for (const key of keys) publicFiles[key.kid] = await publicFilesFor(key);
          set({ keys, activeKid, publicFiles, keysStatus: { status: 'ready' } });
          await Promise.all(
            keys.map((key) => {
              const files = publicFiles[key.kid];
              return files === undefined ? undefined : publish(key, files);
            }),
          );
        })();
        return initialised;
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
        const { [kid]: _published, ...published } = get().published;
        const activeKid = get().activeKid === kid ? keys.at(-1)?.kid : get().activeKid;
        set({ keys, publicFiles, published, activeKid });
        await deps.keyStore.setActiveKid(activeKid);
        if (deps.publish === true) await unpublishPublicKey(kid, deps.publishDeps);
        void get().refresh();
      },

      async importKey(text, kid) {
        const imported = await importPrivateKey(text, { extractable: true });
        if (!imported.ok) {
          set({ keyProblem: imported.error.message });
          return;
        }
        const name = kid.trim() || imported.value.kid || '';
        if (name === '') {
          set({ keyProblem: 'This key names no kid: type the kid the server knows it by.' });
          return;
        }
        if (!imported.value.alg.startsWith('RS')) {
          set({
            keyProblem: `Jitsi signs with RSA keys (RS256); this key is for ${imported.value.alg}.`,
          });
          return;
        }
        if (get().keys.some((k) => k.kid === name)) {
          set({
            keyProblem: `A key named ${name} exists: delete it first, or import under another kid.`,
          });
          return;
        }
        // The private key was imported extractable only to derive its public half; it is
        // imported again, non-extractable, for keeps.
        const pair = await splitImportedKey(imported.value.key, imported.value.alg);
        if (!pair.ok) {
          set({ keyProblem: pair.error });
          return;
        }
        await addKey({
          kid: name,
          alg: imported.value.alg,
          privateKey: pair.value.privateKey,
          publicKey: pair.value.publicKey,
          origin: 'imported',
          createdAt: now(),
        });
        void get().refresh();
      },

      selectKey(kid) {
        void deps.keyStore.setActiveKid(kid);
        changed({ activeKid: kid });
      },

      setSecret(secret) {
        if (get().secretRemembered) {
          if (storage === undefined) rememberSecret(secret);
          else rememberSecret(secret, storage);
        }
        changed({ secret });
      },

      setSecretRemembered(remember) {
        if (remember) {
          const kept =
            storage === undefined
              ? rememberSecret(get().secret)
              : rememberSecret(get().secret, storage);
          set({ secretRemembered: kept });
        } else {
          if (storage === undefined) forgetSecret();
          else forgetSecret(storage);
          set({ secretRemembered: false });
        }
      },

      choosePreset(id) {
        const profile = presetProfile(id, deps.devKeyServer);
        changed({
          presetId: id,
          profile,
          form: defaultClaimForm(profile, get().target),
          extra: {},
        });
      },

      updateProfile(patch) {
        const profile = withoutUndefined({ ...get().profile, ...patch });
        changed({ profile });
      },

      setTarget(patch) {
        const target = withoutUndefined({ ...get().target, ...patch });
        const before = defaultClaimForm(get().profile, get().target);
        const after = defaultClaimForm(get().profile, target);
        const form = { ...get().form };
        // Follow the target where the user kept the defaults.
        if (form.room === before.room) form.room = after.room;
        if (form.sub === before.sub) form.sub = after.sub;
        changed({ target, form });
      },

      updateForm(patch) {
        // A claim edited in the form replaces what the raw JSON had written for it.
        const extra = { ...get().extra };
        for (const [field, claim] of FORM_CLAIMS) if (field in patch) delete extra[claim];
        changed({ form: { ...get().form, ...patch }, extra });
      },

      setPayload(payload) {
        const { form, extra } = formFromPayload(payload, get().form);
        changed({ form, extra });
      },

      async refresh() {
        refreshCount += 1;
        const mine = refreshCount;
        let payload: JsonObject;
        try {
          payload = payloadNow();
          set({ payload });
        } catch (error) {
          set({
            preview: {
              status: 'error',
              message: `The claims could not be built: ${String(error)}`,
            },
          });
          return;
        }
        const target = get().target;
        const signed = await sign(payload, target, true);
        if (mine !== refreshCount) return;
        if (!signed.ok) {
          const { message, fix } = signed.error;
          set({
            preview:
              fix === undefined
                ? { status: 'waiting', message }
                : { status: 'waiting', message, fix },
          });
          return;
        }
        const signature = await verifyOwn(signed.value);
        if (mine !== refreshCount) return;
        const signedAt = seconds();
        const verdict = judgeToken(signed.value, signingProfile(), target, {
          now: signedAt,
          signature,
        });
        set({
          preview: { status: 'signed', token: signed.value, payload, verdict, signature, signedAt },
        });
      },

      async signFor(request) {
        const state = get();
        const target: Target = { domain: request.domain, room: request.room };
        if (request.tenant !== undefined) target.tenant = request.tenant;
        const labDefaults = defaultClaimForm(state.profile, state.target);
        const joinDefaults = defaultClaimForm(state.profile, target);
        const form: ClaimForm = {
          ...state.form,
          room:
            state.form.room === '*' || state.form.roomRegex
              ? state.form.room
              : normalizeRoomName(request.room),
          sub: state.form.sub === labDefaults.sub ? joinDefaults.sub : state.form.sub,
          userName: request.displayName,
          userEmail: request.email ?? state.form.userEmail,
        };
        let payload: JsonObject;
        try {
          payload = mergeClaims(buildClaims(toClaimInput(form), seconds()), state.extra);
        } catch (error) {
          return tokenError(`The claims could not be built: ${String(error)}`);
        }
        const signed = await sign(payload, target, false);
        if (!signed.ok) return tokenError(signed.error.message, signed.error.fix);
        return signed;
      },
    };
  });
}

function describeSignError(error: SignError): { message: string; fix?: string } {
  if (error.kind === 'crypto') return { message: error.message };
  const failed = error.checks.find((check) => check.status === 'fail');
  if (failed === undefined) return { message: error.message };
  const reason =
    failed.serverReason === undefined ? '' : ` (the server says: ${failed.serverReason})`;
  const described = { message: `${failed.title}: ${failed.message}${reason}` };
  return failed.fix === undefined ? described : { ...described, fix: failed.fix };
}

/**
 * The kid for a new key: the default while it was never used, else the next number after the
 * active (or default) kid that no key, living or deleted, has had.
 */
export function freshKid(state: Pick<LabState, 'keys' | 'retiredKids' | 'activeKid'>): string {
  const taken = [...state.keys.map((k) => k.kid), ...state.retiredKids];
  if (!taken.includes(DEFAULT_KID)) return DEFAULT_KID;
  return nextKid(state.activeKid ?? DEFAULT_KID, taken);
}

function tokenError(message: string, fix?: string): Result<string, TokenError> {
  return {
    ok: false,
    error:
      fix === undefined
        ? { kind: 'token-source', message }
        : { kind: 'token-source', message, fix },
  };
}

function presetProfile(id: PresetId, devKeyServer: string | undefined): ServerProfile {
  const profile = { ...presetById(id).profile };
  if (id === 'docker-asap' && devKeyServer !== undefined) profile.asap_key_server = devKeyServer;
  return profile;
}

export function isHmac(profile: ServerProfile): boolean {
  return effectiveProfile(profile).algorithm.startsWith('HS');
}

function hmacAlg(alg: string): 'HS256' | 'HS384' | 'HS512' {
  return alg === 'HS384' || alg === 'HS512' ? alg : 'HS256';
}

function withoutUndefined<T extends object>(value: Patch<T>): T {
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) copy[key] = item;
  // Every key of T is optional or present in the value patched, and undefined ones are gone.
  return copy as T;
}
