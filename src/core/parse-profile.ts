import { isJsonObject } from './json-guards.ts';
import { PRESETS } from './presets.ts';
import {
  isJitsiAlgorithm,
  JITSI_ALGORITHMS,
  PROFILE_FLAG_SETTINGS,
  PROFILE_LIST_SETTINGS,
  PROFILE_SETTINGS,
  PROFILE_STRING_SETTINGS,
} from './profile-settings.ts';
import type { Result, ServerProfile } from './types.ts';

export interface ProfileError {
  kind: 'invalid-profile';
  message: string;
}

const KNOWN: readonly string[] = [...PROFILE_SETTINGS, 'preset'];

function fail(message: string): Result<ServerProfile, ProfileError> {
  return { ok: false, error: { kind: 'invalid-profile', message } };
}

/**
 * Narrows untrusted JSON (a profile file, a config) to a ServerProfile: the prosody setting names,
 * with their types; `"preset": "<id>"` starts from a preset. Unknown names are errors (typos such as
 * "app-id" would otherwise be silently ignored).
 */
export function parseProfile(value: unknown): Result<ServerProfile, ProfileError> {
  if (!isJsonObject(value))
    return fail(
      'The profile must be a JSON object of prosody settings, e.g. {"app_id": "my_app", "app_secret": "…"}.',
    );
  const unknown = Object.keys(value).filter((key) => !KNOWN.includes(key));
  if (unknown.length > 0) {
    return fail(
      `Unknown setting${unknown.length > 1 ? 's' : ''} ${unknown.map((key) => `"${key}"`).join(', ')}. Known: ${KNOWN.join(', ')}.`,
    );
  }
  let profile: ServerProfile = {};
  if (value.preset !== undefined) {
    const preset = PRESETS.find((candidate) => candidate.id === value.preset);
    if (!preset)
      return fail(`"preset" must be one of ${PRESETS.map((item) => `"${item.id}"`).join(', ')}.`);
    profile = { ...preset.profile };
  }
  for (const key of PROFILE_STRING_SETTINGS) {
    const item = value[key];
    if (item === undefined) continue;
    if (typeof item !== 'string') return fail(`"${key}" must be a string.`);
    profile[key] = item;
  }
  for (const key of PROFILE_LIST_SETTINGS) {
    const item = value[key];
    if (item === undefined) continue;
    // prosody's get_option_array also takes a single string.
    if (typeof item === 'string') profile[key] = [item];
    else if (
      Array.isArray(item) &&
      item.every((entry): entry is string => typeof entry === 'string')
    )
      profile[key] = item;
    else return fail(`"${key}" must be a list of strings, e.g. ["my_app"].`);
  }
  for (const key of PROFILE_FLAG_SETTINGS) {
    const item = value[key];
    if (item === undefined) continue;
    if (typeof item !== 'boolean') return fail(`"${key}" must be true or false (without quotes).`);
    profile[key] = item;
  }
  const alg = value.signature_algorithm;
  if (alg !== undefined) {
    if (!isJitsiAlgorithm(alg))
      return fail(
        `"signature_algorithm" must be one of ${JITSI_ALGORITHMS.join(', ')}; Jitsi supports no other (no ES256, PS256 or EdDSA).`,
      );
    profile.signature_algorithm = alg;
  }
  return { ok: true, value: profile };
}
