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
    ['{', 'The profile is not JSON yet: check quotes and commas.'],
    ['{"app_id": 1}', '"app_id" must be a string.'],
    ['{"allow_empty_token": "yes"}', '"allow_empty_token" must be true or false (without quotes).'],
  ])('names what is wrong in %s', (text, message) => {
    expect(readProfile(text)).toEqual({ ok: false, error: message });
  });
});
