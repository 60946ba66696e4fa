import type { JitsiAlgorithm, Result, ServerProfile } from '../core/types.ts';

const ALGORITHMS: readonly string[] = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512'];
const STRINGS = [
  'app_id',
  'app_secret',
  'asap_key_server',
  'public_key',
  'muc_mapper_domain_base',
] as const;
const LISTS = ['asap_accepted_issuers', 'asap_accepted_audiences'] as const;
const FLAGS = [
  'asap_require_room_claim',
  'allow_empty_token',
  'enable_domain_verification',
  'older_release',
  'jaas',
] as const;

function isAlgorithm(value: unknown): value is JitsiAlgorithm {
  return typeof value === 'string' && ALGORITHMS.includes(value);
}

/** A server profile typed as JSON with prosody's setting names; each wrong field named. */
export function readProfile(text: string): Result<ServerProfile, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `Not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, error: 'The profile must be a JSON object of prosody settings.' };
  }
  const source: { [key: string]: unknown } = { ...parsed };
  const profile: ServerProfile = {};
  for (const name of STRINGS) {
    const value = source[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') return { ok: false, error: `${name} must be a string.` };
    profile[name] = value;
  }
  for (const name of LISTS) {
    const value = source[name];
    if (value === undefined) continue;
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      return { ok: false, error: `${name} must be a list of strings, e.g. ["my_app"].` };
    }
    profile[name] = value.filter((item): item is string => typeof item === 'string');
  }
  for (const name of FLAGS) {
    const value = source[name];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') return { ok: false, error: `${name} must be true or false.` };
    profile[name] = value;
  }
  const alg = source.signature_algorithm;
  if (alg !== undefined) {
    if (!isAlgorithm(alg)) {
      return { ok: false, error: `signature_algorithm must be one of ${ALGORITHMS.join(', ')}.` };
    }
    profile.signature_algorithm = alg;
  }
  const known = new Set<string>([...STRINGS, ...LISTS, ...FLAGS, 'signature_algorithm']);
  const unknown = Object.keys(source).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    return { ok: false, error: `Unknown setting ${unknown.join(', ')}: use prosody's names.` };
  }
  return { ok: true, value: profile };
}
