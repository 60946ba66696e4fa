import { effectiveProfile } from '../core/effective-profile.ts';
import { KNOWN_FEATURES } from '../core/judge/client-checks.ts';
import { normalizeRoomName } from '../core/normalize-room.ts';
import type { JsonObject, ServerProfile, Target } from '../core/types.ts';

export type Affiliation = '' | 'owner' | 'moderator' | 'teacher' | 'member';
export type FeatureValue = 'unset' | 'true' | 'false';

/** Feature keys the Jitsi web client knows (context.features), as the core's judge knows them. */
export const FEATURE_KEYS: readonly string[] = KNOWN_FEATURES;

/** What the claims form edits; every field is text or a choice, as the inputs hold it. */
export interface ClaimForm {
  iss: string;
  aud: string;
  sub: string;
  /** Written as the server compares it (`daily%20standup`), or `*`, or a Lua pattern. */
  room: string;
  lifetimeSeconds: number;
  nbfMarginSeconds: number;
  userId: string;
  userName: string;
  userEmail: string;
  userAvatar: string;
  moderator: boolean;
  affiliation: Affiliation;
  features: Partial<Record<string, 'true' | 'false'>>;
  roomRegex: boolean;
  /** JaaS wants feature values as strings ("true"); elsewhere booleans. */
  featuresAsStrings: boolean;
}

/** Defaults that a server under `profile` accepts for `target`, above all the right `sub`. */
export function defaultClaimForm(profile: ServerProfile, target: Target): ClaimForm {
  const settings = effectiveProfile(profile);
  const firstIssuer = settings.acceptedIssuers.find((issuer) => issuer !== '*');
  const firstAudience = settings.acceptedAudiences.find((audience) => audience !== '*');
  const tenant = target.tenant?.trim() ? target.tenant.trim().toLowerCase() : undefined;
  return {
    iss: settings.jaas ? 'chat' : (firstIssuer ?? settings.appId ?? 'my_app_id'),
    aud: settings.jaas ? 'jitsi' : (firstAudience ?? settings.appId ?? 'jitsi'),
    sub: tenant ?? settings.xmppDomain ?? target.domain,
    room: target.room.trim() === '' ? '*' : normalizeRoomName(target.room),
    lifetimeSeconds: 3600,
    nbfMarginSeconds: 10,
    userId: 'lab-user',
    userName: 'Lab user',
    userEmail: '',
    userAvatar: '',
    moderator: true,
    affiliation: '',
    features: settings.jaas
      ? {
          livestreaming: 'false',
          recording: 'false',
          transcription: 'false',
          'outbound-call': 'false',
        }
      : {},
    roomRegex: false,
    featuresAsStrings: settings.jaas,
  };
}

/**
 * Reads a payload (the raw JSON view) back into the form. What the form cannot hold (unknown
 * claims, or known ones of the wrong type, such as an `aud` array or a string `exp`) is kept in
 * `extra` and laid over the built claims, so the JSON view can make any token, broken ones too.
 */
export function formFromPayload(
  payload: JsonObject,
  previous: ClaimForm,
): { form: ClaimForm; extra: JsonObject } {
  const form: ClaimForm = {
    ...previous,
    userId: '',
    userName: '',
    userEmail: '',
    userAvatar: '',
    moderator: false,
    affiliation: '',
    features: {},
    roomRegex: false,
  };
  const extra: JsonObject = {};
  for (const [name, value] of Object.entries(payload)) {
    if (name === 'iss' || name === 'aud' || name === 'sub' || name === 'room') {
      if (typeof value === 'string') form[name] = value;
      else extra[name] = value;
    } else if (name === 'context' && isObject(value)) {
      const rest = readContext(value, form);
      if (Object.keys(rest).length > 0) extra.context = rest;
    } else if (name !== 'iat' && name !== 'nbf' && name !== 'exp') {
      extra[name] = value;
    }
  }
  // The core writes the room as the server compares it; a room written otherwise in the JSON is
  // signed as written, so the lab can show what the server answers to it.
  const { room, iat, nbf, exp } = payload;
  if (
    typeof room === 'string' &&
    room !== '*' &&
    !form.roomRegex &&
    normalizeRoomName(room) !== room
  ) {
    extra.room = room;
  }
  const issued = typeof iat === 'number' ? iat : typeof nbf === 'number' ? nbf : undefined;
  if (typeof exp === 'number' && issued !== undefined && exp >= issued) {
    form.lifetimeSeconds = exp - issued;
  } else if ('exp' in payload) {
    extra.exp = exp;
  }
  if (typeof nbf === 'number' && typeof iat === 'number' && iat >= nbf) {
    form.nbfMarginSeconds = iat - nbf;
  } else if ('nbf' in payload) {
    // Not a number, or after iat (a token not valid yet): signed as written.
    extra.nbf = nbf;
  }
  return { form, extra };
}

function readContext(context: JsonObject, form: ClaimForm): JsonObject {
  const rest: JsonObject = {};
  for (const [name, value] of Object.entries(context)) {
    if (name === 'user' && isObject(value)) {
      const userRest = readUser(value, form);
      if (Object.keys(userRest).length > 0) rest.user = userRest;
    } else if (name === 'features' && isObject(value)) {
      const featureRest: JsonObject = {};
      for (const [key, flag] of Object.entries(value)) {
        if (flag === true || flag === 'true') form.features[key] = 'true';
        else if (flag === false || flag === 'false') form.features[key] = 'false';
        else featureRest[key] = flag;
        if (typeof flag === 'string') form.featuresAsStrings = true;
        if (typeof flag === 'boolean') form.featuresAsStrings = false;
      }
      if (Object.keys(featureRest).length > 0) rest.features = featureRest;
    } else if (name === 'room' && isObject(value)) {
      const roomRest: JsonObject = {};
      for (const [key, flag] of Object.entries(value)) {
        if (key === 'regex' && (flag === true || flag === 'true')) form.roomRegex = true;
        else if (key !== 'regex' || flag !== false) roomRest[key] = flag;
      }
      if (Object.keys(roomRest).length > 0) rest.room = roomRest;
    } else {
      rest[name] = value;
    }
  }
  return rest;
}

function readUser(user: JsonObject, form: ClaimForm): JsonObject {
  const rest: JsonObject = {};
  for (const [name, value] of Object.entries(user)) {
    if (name === 'id' && typeof value === 'string') form.userId = value;
    else if (name === 'name' && typeof value === 'string') form.userName = value;
    else if (name === 'email' && typeof value === 'string') form.userEmail = value;
    else if (name === 'avatar' && typeof value === 'string') form.userAvatar = value;
    else if (name === 'moderator' && (value === true || value === 'true')) form.moderator = true;
    else if (name === 'moderator' && (value === false || value === 'false')) form.moderator = false;
    else if (name === 'affiliation' && isAffiliation(value)) form.affiliation = value;
    else rest[name] = value;
  }
  return rest;
}

/** The claims the lab always writes; one missing from the raw JSON is left out of the token. */
export const BUILT_CLAIMS = ['iss', 'aud', 'sub', 'room', 'iat', 'nbf', 'exp'] as const;

/** Built claims the raw JSON left out. */
export function omittedClaims(payload: JsonObject): string[] {
  return BUILT_CLAIMS.filter((claim) => !(claim in payload));
}

/** Lays `extra` over the built claims (objects merge, anything else replaces). */
export function mergeClaims(built: JsonObject, extra: JsonObject): JsonObject {
  const merged: JsonObject = { ...built };
  for (const [name, value] of Object.entries(extra)) {
    const base = merged[name];
    merged[name] = isObject(base) && isObject(value) ? mergeClaims(base, value) : value;
  }
  return merged;
}

function isAffiliation(value: unknown): value is Affiliation {
  return value === 'owner' || value === 'moderator' || value === 'teacher' || value === 'member';
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
