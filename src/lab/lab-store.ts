import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PresetId, Target } from '../core/types.ts';
import type { KeyStore } from './key-store.ts';
import type { PublishDeps } from './publish-key.ts';
import { type ClaimsSlice, createClaimsSlice } from './store/claims-slice.ts';
import { createKeysSlice, type KeysSlice } from './store/keys-slice.ts';
import type { LabContext } from './store/lab-context.ts';
import { createPublishSlice, type PublishSlice } from './store/publish-slice.ts';
import { createSigningSlice, type SigningSlice } from './store/signing-slice.ts';

export { isHmac } from './store/claims-slice.ts';

/** Keys, their publishing, the profile and claims, the signed token and its verdict. */
export type LabState = KeysSlice & PublishSlice & ClaimsSlice & SigningSlice;

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

/** The lab's store, made of one slice per concern (zustand's slices pattern). */
export function createLabStore(deps: LabDeps): LabStore {
  const now = deps.now ?? Date.now;
  const context: LabContext = { deps, now, seconds: () => Math.floor(now() / 1000) };
  return createStore<LabState>()((...a) => ({
    ...createKeysSlice(context)(...a),
    ...createPublishSlice(context)(...a),
    ...createClaimsSlice(context)(...a),
    ...createSigningSlice(context)(...a),
  }));
}
