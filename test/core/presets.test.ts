import { describe, expect, it } from 'vitest';
import { effectiveProfile } from '../../src/core/effective-profile.ts';
import { PRESETS, presetById } from '../../src/core/presets.ts';

describe('presets', () => {
  it('has the four set-ups and custom, without secrets', () => {
    expect(PRESETS.map((preset) => preset.id)).toEqual([
      'docker-hs256',
      'docker-asap',
      'prosody-hs256',
      'jaas',
      'custom',
    ]);
    for (const preset of PRESETS) expect(preset.profile.app_secret).toBeUndefined();
  });

  it('finds a preset by id', () => {
    expect(presetById('jaas').profile).toMatchObject({
      asap_accepted_issuers: ['chat'],
      asap_accepted_audiences: ['jitsi'],
      jaas: true,
    });
    expect(presetById('docker-hs256').profile).toMatchObject({
      muc_mapper_domain_base: 'meet.jitsi',
      enable_domain_verification: false,
    });
  });
});

describe('effectiveProfile (the server defaults)', () => {
  it('fills in token/util.lib.lua defaults', () => {
    expect(effectiveProfile({ app_id: 'app', app_secret: 's' })).toEqual({
      appId: 'app',
      keyServer: undefined,
      algorithm: 'HS256',
      acceptedIssuers: ['app'],
      acceptedAudiences: ['*'],
      requireRoomClaim: true,
      allowEmptyToken: false,
      domainVerification: true,
      xmppDomain: undefined,
      olderRelease: false,
      jaas: false,
    });
  });

  it('expects RS256 with a key server unless signature_algorithm says otherwise', () => {
    expect(effectiveProfile({ asap_key_server: 'https://k' }).algorithm).toBe('RS256');
    expect(
      effectiveProfile({ asap_key_server: 'https://k', signature_algorithm: 'RS512' }).algorithm,
    ).toBe('RS512');
  });
});
