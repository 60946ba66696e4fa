import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/core/parse-profile.ts';

describe('parseProfile', () => {
  it('keeps the prosody settings with their types', () => {
    expect(
      parseProfile({
        app_id: 'my_app',
        app_secret: 's3cret',
        asap_accepted_issuers: ['a', '*'],
        asap_accepted_audiences: 'jitsi',
        signature_algorithm: 'HS512',
        enable_domain_verification: false,
        muc_mapper_domain_base: 'meet.jitsi',
      }),
    ).toEqual({
      ok: true,
      value: {
        app_id: 'my_app',
        app_secret: 's3cret',
        asap_accepted_issuers: ['a', '*'],
        asap_accepted_audiences: ['jitsi'],
        signature_algorithm: 'HS512',
        enable_domain_verification: false,
        muc_mapper_domain_base: 'meet.jitsi',
      },
    });
  });

  it('starts from a preset and lets settings override it', () => {
    const result = parseProfile({ preset: 'docker-hs256', app_id: 'mine' });
    expect(result).toEqual({
      ok: true,
      value: {
        app_id: 'mine',
        signature_algorithm: 'HS256',
        muc_mapper_domain_base: 'meet.jitsi',
        enable_domain_verification: false,
      },
    });
  });

  it.each<[unknown, string]>([
    [
      [],
      'The profile must be a JSON object of prosody settings, e.g. {"app_id": "my_app", "app_secret": "…"}.',
    ],
    [
      { 'app-id': 'x', appSecret: 'y' },
      'Unknown settings "app-id", "appSecret". Known: app_id, app_secret, asap_key_server, public_key, muc_mapper_domain_base, asap_accepted_issuers, asap_accepted_audiences, asap_require_room_claim, allow_empty_token, enable_domain_verification, older_release, jaas, signature_algorithm, preset.',
    ],
    [{ app_id: 5 }, '"app_id" must be a string.'],
    [
      { asap_accepted_issuers: [1] },
      '"asap_accepted_issuers" must be a list of strings, e.g. ["my_app"].',
    ],
    [{ allow_empty_token: 'true' }, '"allow_empty_token" must be true or false (without quotes).'],
    [
      { signature_algorithm: 'ES256' },
      '"signature_algorithm" must be one of HS256, HS384, HS512, RS256, RS384, RS512; Jitsi supports no other (no ES256, PS256 or EdDSA).',
    ],
    [
      { preset: 'kubernetes' },
      '"preset" must be one of "docker-hs256", "docker-asap", "prosody-hs256", "jaas", "custom".',
    ],
  ])('refuses %j', (input, message) => {
    expect(parseProfile(input)).toEqual({ ok: false, error: { kind: 'invalid-profile', message } });
  });
});
