import { describe, expect, it } from 'vitest';
import { checkToken } from '../../src/meeting/check-token.ts';
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
