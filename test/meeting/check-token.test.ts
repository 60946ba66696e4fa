import { describe, expect, it } from 'vitest';
import type { PublicServerProfile } from '../../src/config/launcher-config.ts';
import { checkToken } from '../../src/meeting/check-token.ts';
import { prejoinProfile } from '../../src/meeting/prejoin-profile.ts';
import { fakeToken } from '../e2e/fixtures/fake-token.ts';

const NOW = 1_780_000_000;
const TARGET = { domain: 'meet.example.com', room: 'Daily Standup' };

describe('checkToken (endpoint mode: no signature check)', () => {
  it('passes a token for this room, and returns it decoded', () => {
    const token = fakeToken({ room: 'daily%20standup' }, NOW);
    const result = checkToken(token, TARGET, undefined, NOW);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.payload.room).toBe('daily%20standup');
  });

  it('explains a string that is not a JWT, with the server reason', () => {
    expect(checkToken('not a jwt', TARGET, undefined, NOW)).toMatchObject({
      ok: false,
      error: { kind: 'token-malformed', serverReason: 'Invalid token' },
    });
  });

  it('calls an expired token expired (no leeway: exp == now fails)', () => {
    const result = checkToken(fakeToken({ exp: NOW }, NOW), TARGET, undefined, NOW);
    expect(result).toMatchObject({ ok: false, error: { kind: 'token-expired' } });
  });

  it('refuses a token expiring within 30 s', () => {
    const result = checkToken(fakeToken({ exp: NOW + 29 }, NOW), TARGET, undefined, NOW);
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'token-expiring',
        secondsLeft: 29,
        message: 'The token expires in 29 s, too soon to join the meeting.',
      },
    });
    expect(checkToken(fakeToken({ exp: NOW + 30 }, NOW), TARGET, undefined, NOW).ok).toBe(true);
  });

  it('refuses a token not valid yet', () => {
    const result = checkToken(fakeToken({ nbf: NOW + 60 }, NOW), TARGET, undefined, NOW);
    expect(result).toMatchObject({ ok: false, error: { kind: 'token-rejected' } });
    if (!result.ok && result.error.kind === 'token-rejected') {
      expect(result.error.failed.map((check) => check.id)).toEqual(['nbf']);
    }
  });

  it('refuses a token for another room, naming the claim the server wants', () => {
    const result = checkToken(fakeToken({ room: 'daily standup' }, NOW), TARGET, undefined, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'token-rejected') {
      expect(result.error.failed.map((check) => check.id)).toEqual(['room']);
      expect(result.error.fix).toBe('Set room to "daily%20standup", or "*" for any room.');
    } else {
      throw new Error('expected token-rejected');
    }
  });

  it('compares sub with the tenant even without a server profile', () => {
    const target = { ...TARGET, tenant: 'sales' };
    const wrong = checkToken(fakeToken({ sub: 'meet.jitsi' }, NOW), target, undefined, NOW);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok && wrong.error.kind === 'token-rejected') {
      expect(wrong.error.failed.map((check) => check.id)).toEqual(['sub-domain']);
    }
    expect(checkToken(fakeToken({ sub: 'Sales' }, NOW), target, undefined, NOW).ok).toBe(true);
  });

  it('leaves issuer and algorithm alone without a profile, and checks them with one', () => {
    const token = fakeToken({}, NOW);
    expect(checkToken(token, TARGET, undefined, NOW).ok).toBe(true);
    const result = checkToken(
      token,
      TARGET,
      { app_id: 'other-app', muc_mapper_domain_base: 'meet.jitsi' },
      NOW,
    );
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'token-rejected') {
      expect(result.error.failed.map((check) => check.id)).toEqual(['iss']);
    }
  });

  it('with a profile, sub on a plain URL must name the XMPP domain', () => {
    const profile = { asap_accepted_issuers: ['*'], muc_mapper_domain_base: 'meet.jitsi' };
    expect(checkToken(fakeToken({ sub: 'meet.jitsi' }, NOW), TARGET, profile, NOW).ok).toBe(true);
    const result = checkToken(fakeToken({ sub: 'meet.example.com' }, NOW), TARGET, profile, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'token-rejected') {
      expect(result.error.failed.map((check) => check.id)).toEqual(['sub-domain']);
      expect(result.error.fix).toBe('Set sub to "meet.jitsi".');
    }
  });
});

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** The same token with another header (the signature is never checked here). */
function withHeader(token: string, header: object): string {
  const [, payload, signature] = token.split('.');
  return `${segment(header)}.${payload}.${signature}`;
}

const GOOD = fakeToken({ room: 'daily%20standup', sub: 'meet.jitsi' }, NOW);
const TOKENS = {
  hs256: GOOD,
  rs256: withHeader(GOOD, { alg: 'RS256', typ: 'JWT', kid: 'k1' }),
  es256: withHeader(GOOD, { alg: 'ES256', typ: 'JWT' }),
  none: withHeader(GOOD, { alg: 'none', typ: 'JWT' }),
  noIss: fakeToken({ room: 'daily%20standup', iss: undefined }, NOW),
  noAud: fakeToken({ room: 'daily%20standup', aud: undefined }, NOW),
  noTyp: withHeader(GOOD, { alg: 'HS256' }),
};
const PROFILES: Record<string, PublicServerProfile | undefined> = {
  absent: undefined,
  xmppOnly: { muc_mapper_domain_base: 'meet.jitsi' },
  readme: { muc_mapper_domain_base: 'meet.jitsi', asap_accepted_issuers: ['my_app'] },
  keyServer: { app_id: 'launcher-tests', asap_key_server: 'https://keys.example/asap' },
  strict: {
    app_id: 'launcher-tests',
    signature_algorithm: 'HS256',
    asap_accepted_audiences: ['meet'],
  },
};
/** Each token against each profile: 'ok', or the failing checks' ids in the server's order. */
const EXPECTED: Record<keyof typeof TOKENS, Record<keyof typeof PROFILES, string>> = {
  hs256: { absent: 'ok', xmppOnly: 'ok', readme: 'iss', keyServer: 'kid,alg', strict: 'aud' },
  rs256: { absent: 'ok', xmppOnly: 'ok', readme: 'iss', keyServer: 'ok', strict: 'alg,aud' },
  es256: {
    absent: 'alg',
    xmppOnly: 'alg',
    readme: 'alg,iss',
    keyServer: 'kid,alg',
    strict: 'alg,aud',
  },
  none: {
    absent: 'alg',
    xmppOnly: 'alg',
    readme: 'alg,iss',
    keyServer: 'kid,alg',
    strict: 'alg,aud',
  },
  noIss: {
    absent: 'iss',
    xmppOnly: 'iss',
    readme: 'iss',
    keyServer: 'kid,alg,iss',
    strict: 'iss,aud',
  },
  noAud: {
    absent: 'aud',
    xmppOnly: 'aud',
    readme: 'iss,aud',
    keyServer: 'kid,alg,aud',
    strict: 'aud',
  },
  noTyp: {
    absent: 'typ',
    xmppOnly: 'typ',
    readme: 'typ,iss',
    keyServer: 'kid,typ,alg',
    strict: 'typ,aud',
  },
};

function outcome(token: string, profile: PublicServerProfile | undefined, target = TARGET): string {
  const result = checkToken(token, target, profile, NOW);
  if (result.ok) return 'ok';
  if (result.error.kind !== 'token-rejected') return result.error.kind;
  return result.error.failed.map((check) => check.id).join(',');
}

describe('checkToken: tokens x config profiles', () => {
  for (const [tokenName, token] of Object.entries(TOKENS)) {
    for (const [profileName, profile] of Object.entries(PROFILES)) {
      const expected = EXPECTED[tokenName as keyof typeof TOKENS][profileName];
      it(`${tokenName} with the ${profileName} profile: ${expected}`, () => {
        expect(outcome(token, profile)).toBe(expected);
      });
    }
  }

  it("says what the server would answer, in the first failing check's words", () => {
    const es256 = checkToken(TOKENS.es256, TARGET, undefined, NOW);
    expect(es256).toMatchObject({
      ok: false,
      error: {
        kind: 'token-rejected',
        message:
          'alg is "ES256"; Jitsi only knows HS256/384/512 and RS256/384/512 (ES256, PS256, EdDSA and "none" are refused). This server expects HS256.',
      },
    });
    expect(checkToken(TOKENS.noIss, TARGET, undefined, NOW)).toMatchObject({
      ok: false,
      error: { kind: 'token-rejected', message: 'The token has no iss.' },
    });
    expect(checkToken(TOKENS.rs256, TARGET, PROFILES.strict, NOW)).toMatchObject({
      ok: false,
      error: {
        kind: 'token-rejected',
        message:
          'alg is RS256; this server expects HS256 (signature_algorithm, HS256 with app_secret by default).',
      },
    });
  });

  it('compares sub with the tenant whether or not the profile names the XMPP domain', () => {
    const target = { ...TARGET, tenant: 'sales' };
    const sales = fakeToken({ room: 'daily%20standup', sub: 'sales' }, NOW);
    for (const profile of [PROFILES.absent, PROFILES.xmppOnly]) {
      expect(outcome(sales, profile, target)).toBe('ok');
      expect(outcome(GOOD, profile, target)).toBe('sub-domain');
    }
  });
});

describe('prejoinProfile', () => {
  it('fills in only what config.json leaves out, permissively', () => {
    expect(prejoinProfile(undefined, 'RS512', TARGET)).toEqual({
      asap_accepted_issuers: ['*'],
      signature_algorithm: 'RS512',
    });
    expect(prejoinProfile(undefined, 'ES256', { ...TARGET, tenant: 't' })).toEqual({
      asap_accepted_issuers: ['*'],
      muc_mapper_domain_base: 'xmpp-domain.invalid',
    });
    expect(prejoinProfile({ app_id: 'a', public_key: 'k' }, 'HS256', TARGET)).toEqual({
      app_id: 'a',
      public_key: 'k',
    });
    expect(
      prejoinProfile(
        { asap_accepted_issuers: ['x'], signature_algorithm: 'HS512' },
        'HS256',
        TARGET,
      ),
    ).toEqual({ asap_accepted_issuers: ['x'], signature_algorithm: 'HS512' });
  });
});
