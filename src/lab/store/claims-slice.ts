import { effectiveProfile } from '../../core/effective-profile.ts';
import { presetById } from '../../core/presets.ts';
import type { JsonObject, PresetId, ServerProfile, Target } from '../../core/types.ts';
import { type ClaimForm, defaultClaimForm, formFromPayload, omittedClaims } from '../claim-form.ts';
import { forgetSecret, recallSecret, rememberSecret } from '../secret-memory.ts';
import { applyChange, type LabContext, type LabSlice } from './lab-context.ts';

/** A partial update where `undefined` clears a setting (back to the server's default). */
export type Patch<T> = { [K in keyof T]?: T[K] | undefined };

/** Inputs the lab can mark as unusable; while one is, the verdict and token are out of date. */
export type LabInput = 'lifetime' | 'nbf' | 'payload' | 'profile';

/** The server profile, the meeting, and the claims (form and raw JSON) the lab signs. */
export interface ClaimsSlice {
  secret: string;
  secretRemembered: boolean;
  presetId: PresetId;
  /** The server settings; the HS secret lives in `secret`, not here. */
  profile: ServerProfile;
  target: Target;
  form: ClaimForm;
  /** Claims from the raw JSON view that the form cannot hold, laid over the built claims. */
  extra: JsonObject;
  /** Claims the lab always writes that the raw JSON removed: left out of the token. */
  omitted: string[];
  /** Inputs the lab cannot use as typed, with the reason; the last usable value still applies. */
  inputProblems: Partial<Record<LabInput, string>>;

  setSecret(secret: string): void;
  setSecretRemembered(remember: boolean): void;
  choosePreset(id: PresetId): void;
  updateProfile(patch: Patch<ServerProfile>): void;
  /** A whole profile from a docker .env: the claims start again from its defaults. */
  replaceProfile(profile: ServerProfile, secret?: string): void;
  /** The settings typed as JSON (the inspector): like a field edit, the claims stay. */
  setProfile(profile: ServerProfile): void;
  setTarget(patch: Patch<Target>): void;
  updateForm(patch: Partial<ClaimForm>): void;
  /** The raw JSON view was edited into a valid object. */
  setPayload(payload: JsonObject): void;
  /** Marks an input unusable (with the reason) or usable again (undefined). */
  setInputProblem(input: LabInput, problem: string | undefined): void;
}

const FORM_CLAIMS: readonly [keyof ClaimForm, string][] = [
  ['iss', 'iss'],
  ['aud', 'aud'],
  ['sub', 'sub'],
  ['room', 'room'],
  ['lifetimeSeconds', 'exp'],
  ['nbfMarginSeconds', 'nbf'],
];

export function presetProfile(id: PresetId, devKeyServer: string | undefined): ServerProfile {
  const profile = { ...presetById(id).profile };
  if (id === 'docker-asap' && devKeyServer !== undefined) profile.asap_key_server = devKeyServer;
  return profile;
}

export function isHmac(profile: ServerProfile): boolean {
  return effectiveProfile(profile).algorithm.startsWith('HS');
}

function withoutUndefined<T extends object>(value: Patch<T>): T {
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) copy[key] = item;
  // Every key of T is optional or present in the value patched, and undefined ones are gone.
  return copy as T;
}

export function createClaimsSlice({ deps }: LabContext): LabSlice<ClaimsSlice> {
  const storage = deps.sessionStorage;
  const remembered = storage === undefined ? recallSecret() : recallSecret(storage);
  const initialPreset =
    deps.presetId ?? (deps.devKeyServer === undefined ? 'docker-hs256' : 'docker-asap');
  const initialProfile = presetProfile(initialPreset, deps.devKeyServer);
  const remember = (secret: string) =>
    storage === undefined ? rememberSecret(secret) : rememberSecret(secret, storage);
  const forget = () => (storage === undefined ? forgetSecret() : forgetSecret(storage));

  return (set, get) => ({
    secret: remembered ?? '',
    secretRemembered: remembered !== undefined,
    presetId: initialPreset,
    profile: initialProfile,
    target: deps.target,
    form: defaultClaimForm(initialProfile, deps.target),
    extra: {},
    omitted: [],
    inputProblems: {},

    setSecret(secret) {
      if (get().secretRemembered) remember(secret);
      applyChange(set, get, { secret });
    },

    setSecretRemembered(keep) {
      if (keep) {
        set({ secretRemembered: remember(get().secret) });
      } else {
        forget();
        set({ secretRemembered: false });
      }
    },

    choosePreset(id) {
      const profile = presetProfile(id, deps.devKeyServer);
      applyChange(set, get, {
        presetId: id,
        profile,
        form: defaultClaimForm(profile, get().target),
        extra: {},
        omitted: [],
      });
    },

    updateProfile(patch) {
      applyChange(set, get, { profile: withoutUndefined({ ...get().profile, ...patch }) });
    },

    replaceProfile(profile, secret) {
      const { app_secret: given, ...settings } = profile;
      const patch: Partial<ClaimsSlice> = {
        presetId: 'custom',
        profile: settings,
        form: defaultClaimForm(settings, get().target),
        extra: {},
        omitted: [],
      };
      const typed = secret ?? given;
      if (typed !== undefined) {
        // A secret read from a file stays in memory only, like a typed one not remembered.
        forget();
        patch.secret = typed;
        patch.secretRemembered = false;
      }
      applyChange(set, get, patch);
    },

    setProfile(profile) {
      const { app_secret: given, ...settings } = profile;
      applyChange(
        set,
        get,
        given === undefined ? { profile: settings } : { profile: settings, secret: given },
      );
    },

    setTarget(patch) {
      const target = withoutUndefined({ ...get().target, ...patch });
      const before = defaultClaimForm(get().profile, get().target);
      const after = defaultClaimForm(get().profile, target);
      const form = { ...get().form };
      // Follow the target where the user kept the defaults.
      if (form.room === before.room) form.room = after.room;
      if (form.sub === before.sub) form.sub = after.sub;
      applyChange(set, get, { target, form });
    },

    updateForm(patch) {
      // A claim edited in the form replaces what the raw JSON had written for it.
      const extra = { ...get().extra };
      let omitted = get().omitted;
      for (const [field, claim] of FORM_CLAIMS) {
        if (!(field in patch)) continue;
        delete extra[claim];
        omitted = omitted.filter((name) => name !== claim);
      }
      applyChange(set, get, { form: { ...get().form, ...patch }, extra, omitted });
    },

    setPayload(payload) {
      const { form, extra } = formFromPayload(payload, get().form);
      if ('iat' in payload && payload.iat !== get().payload?.iat) {
        // A hand-written iat: the times stay as written instead of moving with the clock.
        for (const claim of ['iat', 'nbf', 'exp'])
          if (claim in payload) extra[claim] = payload[claim];
      }
      const { payload: _fixed, ...inputProblems } = get().inputProblems;
      applyChange(set, get, { form, extra, omitted: omittedClaims(payload), inputProblems });
    },

    setInputProblem(input, problem) {
      const { [input]: _old, ...rest } = get().inputProblems;
      set({ inputProblems: problem === undefined ? rest : { ...rest, [input]: problem } });
    },
  });
}
