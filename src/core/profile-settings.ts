import type { JitsiAlgorithm } from './types.ts';

/** The only algorithms a Jitsi server knows (ES256, PS256, EdDSA and "none" are refused). */
export const JITSI_ALGORITHMS: readonly JitsiAlgorithm[] = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
];

export function isJitsiAlgorithm(value: unknown): value is JitsiAlgorithm {
  return JITSI_ALGORITHMS.some((alg) => alg === value);
}

/** The server-profile settings, named as in prosody, grouped by the type of their value. */
export const PROFILE_STRING_SETTINGS = [
  'app_id',
  'app_secret',
  'asap_key_server',
  'public_key',
  'muc_mapper_domain_base',
] as const;
export const PROFILE_LIST_SETTINGS = ['asap_accepted_issuers', 'asap_accepted_audiences'] as const;
export const PROFILE_FLAG_SETTINGS = [
  'asap_require_room_claim',
  'allow_empty_token',
  'enable_domain_verification',
  'older_release',
  'jaas',
] as const;

/** Every setting name a profile may hold. */
export const PROFILE_SETTINGS: readonly string[] = [
  ...PROFILE_STRING_SETTINGS,
  ...PROFILE_LIST_SETTINGS,
  ...PROFILE_FLAG_SETTINGS,
  'signature_algorithm',
];
