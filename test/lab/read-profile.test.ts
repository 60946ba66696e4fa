import { describe, expect, it } from 'vitest';
import { readProfile } from '../../src/lab/read-profile.ts';

describe('reading a profile typed as JSON', () => {
  it('takes prosody setting names', () => {
    expect(
      readProfile(
        '{"app_id":"my_app","app_secret":"s","asap_accepted_issuers":["a"],"enable_domain_verification":false,"signature_algorithm":"HS512"}',
      ),
    ).toEqual({
      ok: true,
      value: {
        app_id: 'my_app',
        app_secret: 's',
        asap_accepted_issuers: ['a'],
        enable_domain_verification: false,
        signature_algorithm: 'HS512',
      },
    });
  });

  it.each([
    ['{', 'Not JSON: '],
    ['[]', 'The profile must be a JSON object of prosody settings.'],
    ['{"app_id": 1}', 'app_id must be a string.'],
    [
      '{"asap_accepted_issuers": "a"}',
      'asap_accepted_issuers must be a list of strings, e.g. ["my_app"].',
    ],
    ['{"allow_empty_token": "yes"}', 'allow_empty_token must be true or false.'],
    [
      '{"signature_algorithm": "ES256"}',
      'signature_algorithm must be one of HS256, HS384, HS512, RS256, RS384, RS512.',
    ],
    ['{"appid": "x"}', "Unknown setting appid: use prosody's names."],
  ])('names what is wrong in %s', (text, message) => {
    const result = readProfile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.startsWith(message)).toBe(true);
  });
});
