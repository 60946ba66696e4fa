import { parseJson } from '../core/json-guards.ts';
import { parseProfile } from '../core/parse-profile.ts';
import type { Result, ServerProfile } from '../core/types.ts';

/** A server profile typed as JSON text with prosody's setting names; what is wrong, in words. */
export function readProfile(text: string): Result<ServerProfile, string> {
  const parsed = parseJson(text);
  if (!parsed.ok)
    return { ok: false, error: 'The profile is not JSON yet: check quotes and commas.' };
  const profile = parseProfile(parsed.value);
  return profile.ok ? profile : { ok: false, error: profile.error.message };
}
