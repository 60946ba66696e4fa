import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate-config.ts';
import { parseProfile } from '../../src/core/parse-profile.ts';
import {
  isJitsiAlgorithm,
  JITSI_ALGORITHMS,
  PROFILE_FLAG_SETTINGS,
  PROFILE_LIST_SETTINGS,
  PROFILE_SETTINGS,
  PROFILE_STRING_SETTINGS,
} from '../../src/core/profile-settings.ts';
import type { ServerProfile } from '../../src/core/types.ts';

/** One value of the right type for every setting: the compiler checks the list is complete. */
const FULL: Required<ServerProfile> = {
  app_id: 'a',
  app_secret: 's',
  asap_key_server: 'https://keys.example/asap',
  public_key: 'k',
  muc_mapper_domain_base: 'meet.jitsi',
  asap_accepted_issuers: ['a'],
  asap_accepted_audiences: ['jitsi'],
  signature_algorithm: 'RS384',
  asap_require_room_claim: false,
  allow_empty_token: true,
  enable_domain_verification: false,
  older_release: true,
  jaas: true,
};

describe('profile settings', () => {
  it('lists the six Jitsi algorithms and nothing else', () => {
    expect(JITSI_ALGORITHMS).toEqual(['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512']);
    for (const alg of ['ES256', 'PS256', 'EdDSA', 'none', 'hs256', 1, undefined]) {
      expect(isJitsiAlgorithm(alg)).toBe(false);
    }
  });

  it('names every ServerProfile field once, and both readers take exactly those', () => {
    expect([...PROFILE_SETTINGS].sort()).toEqual(Object.keys(FULL).sort());
    expect(PROFILE_SETTINGS).toHaveLength(
      PROFILE_STRING_SETTINGS.length +
        PROFILE_LIST_SETTINGS.length +
        PROFILE_FLAG_SETTINGS.length +
        1,
    );
    expect(parseProfile(FULL)).toEqual({ ok: true, value: FULL });
    const { app_secret: _secret, ...publicProfile } = FULL;
    const config = validateConfig({ mode: 'local', domains: ['a.b'], server: publicProfile });
    expect(config.ok && config.value.server).toEqual(publicProfile);
  });
});
