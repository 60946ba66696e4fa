import { describe, expect, it } from 'vitest';
import { judgeToken } from '../../src/core/judge-token.ts';
import type { ServerProfile, Target } from '../../src/core/types.ts';
import { goodPayload, HS_HEADER, makeToken, NOW, PROFILE } from './support/make-token.ts';

const OPTIONS = { now: NOW, signature: { status: 'valid' as const } };
const OFF: ServerProfile = { ...PROFILE, enable_domain_verification: false };
const MISMATCH = { ok: false, reason: 'Room and token mismatched' };

function joinOf(
  payload: Record<string, unknown>,
  target: Target,
  profile: ServerProfile = PROFILE,
) {
  return judgeToken(makeToken(HS_HEADER, goodPayload(payload)), profile, target, OPTIONS).join;
}

const plain = (room: string): Target => ({ domain: 'meet.example.com', room });
const tenant = (name: string, room: string): Target => ({
  domain: 'meet.example.com',
  tenant: name,
  room,
});
const regex = { context: { room: { regex: true } } };

describe('judgeToken: room join, domain verification on', () => {
  it.each<[string, Record<string, unknown>, Target, { ok: boolean; reason?: string }]>([
    [
      'room as the client sends it',
      { room: 'daily%20standup' },
      plain('Daily Standup'),
      { ok: true },
    ],
    [
      'room as typed (spaces, case) fails',
      { room: 'Daily Standup' },
      plain('Daily Standup'),
      MISMATCH,
    ],
    ['room with a plain space fails', { room: 'daily standup' }, plain('Daily Standup'), MISMATCH],
    [
      'claim upper-case ASCII is lowercased by the server',
      { room: 'DAILY%20STANDUP' },
      plain('daily standup'),
      { ok: true },
    ],
    ['NFKC: full-width letters', { room: 'abc' }, plain('ＡＢＣ'), { ok: true }],
    ['Unicode room is percent-encoded', { room: '%C3%BCbung' }, plain('Übung'), { ok: true }],
    ['non-ASCII claim is not lowercased by Lua', { room: 'Übung' }, plain('übung'), MISMATCH],
    ['"*" matches any room', { room: '*' }, plain('Anything Goes'), { ok: true }],
    ['a number claim is compared as text', { room: 123 }, plain('123'), { ok: true }],
    ['an object claim fails', { room: { name: 'x' } }, plain('x'), MISMATCH],
    [
      'sub must be the XMPP domain, not the public host',
      { sub: 'meet.example.com' },
      plain('Daily Standup'),
      MISMATCH,
    ],
    ['sub "*" passes', { sub: '*' }, plain('Daily Standup'), { ok: true }],
    ['sub compared after lowercasing', { sub: 'MEET.JITSI' }, plain('Daily Standup'), { ok: true }],
    [
      'tenant URL: sub must be the tenant',
      { sub: 'acme' },
      tenant('acme', 'Daily Standup'),
      { ok: true },
    ],
    [
      'tenant URL: tenant compared lowercase',
      { sub: 'acme' },
      tenant('ACME', 'Daily Standup'),
      { ok: true },
    ],
    [
      'tenant URL: the XMPP domain in sub fails',
      { sub: 'meet.jitsi' },
      tenant('acme', 'Daily Standup'),
      MISMATCH,
    ],
    ['tenant URL: sub "*" passes', { sub: '*' }, tenant('acme', 'Daily Standup'), { ok: true }],
    [
      'regex room: anchored Lua pattern, "%%" for the "%" of %20',
      { ...regex, room: '^daily%%20.*$' },
      plain('Daily Standup'),
      { ok: true },
    ],
    [
      'regex room: "%2" is a back-reference in Lua',
      { ...regex, room: '^daily%20.*$' },
      plain('Daily Standup'),
      { ok: false, reason: 'invalid capture index %2 in pattern' },
    ],
    [
      'regex room: "true" as a string works too',
      { context: { room: { regex: 'true' } }, room: 'team%-%d+' },
      plain('team-42'),
      { ok: true },
    ],
    [
      'regex room: a JS regex escape is not Lua',
      { ...regex, room: 'team\\-\\d+' },
      plain('team-42'),
      MISMATCH,
    ],
    [
      'regex room: a partial match fails the comparison',
      { ...regex, room: 'standup' },
      plain('Daily Standup'),
      MISMATCH,
    ],
    [
      'regex room: "." matches any char',
      { ...regex, room: 'room.1' },
      plain('roomx1'),
      { ok: true },
    ],
    ['regex room: lazy "-"', { ...regex, room: 'a.-z' }, plain('abcz'), { ok: true }],
    ['regex room: set', { ...regex, room: '[a-c]+' }, plain('cab'), { ok: true }],
    [
      'regex off: pattern characters are literal',
      { room: 'team%-%d+' },
      plain('team-42'),
      MISMATCH,
    ],
  ])('%s', (_name, payload, target, expected) => {
    expect(joinOf(payload, target)).toEqual(expected);
  });

  it('gives the Lua error text for a malformed pattern', () => {
    expect(joinOf({ ...regex, room: 'team%' }, plain('team'))).toEqual({
      ok: false,
      reason: "malformed pattern (ends with '%')",
    });
  });

  it('explains a room written as typed, with the form to use', () => {
    const verdict = judgeToken(
      makeToken(HS_HEADER, goodPayload({ room: 'Daily Standup' })),
      PROFILE,
      plain('Daily Standup'),
      OPTIONS,
    );
    const room = verdict.checks.find((check) => check.id === 'room');
    expect(room?.message).toBe(
      'room is "Daily Standup"; the server compares it (ASCII-lowercased) with "daily%20standup". The claim holds the room as typed; the client sends "daily%20standup" (NFKC, lowercase, encodeURIComponent).',
    );
    expect(room?.fix).toBe('Set room to "daily%20standup", or "*" for any room.');
  });

  it('says sub names the public host name', () => {
    const verdict = judgeToken(
      makeToken(HS_HEADER, goodPayload({ sub: 'meet.example.com' })),
      PROFILE,
      plain('Daily Standup'),
      OPTIONS,
    );
    expect(verdict.checks.find((check) => check.id === 'sub-domain')?.message).toBe(
      'sub is "meet.example.com"; it must be the XMPP domain "meet.jitsi" (or "*"). sub names the public host name; the server compares it with its XMPP domain "meet.jitsi".',
    );
  });

  it('fails the join of an older server without sub with the Lua error', () => {
    expect(
      joinOf({ sub: undefined }, plain('Daily Standup'), { ...PROFILE, older_release: true }),
    ).toEqual({
      ok: false,
      reason: "bad argument #1 to 'lower' (string expected, got nil)",
    });
  });

  it('warns (does not fail) when the profile does not name the XMPP domain', () => {
    const profile: ServerProfile = {
      app_id: 'my_app',
      app_secret: 's3cret',
      enable_domain_verification: true,
    };
    const verdict = judgeToken(
      makeToken(HS_HEADER, goodPayload()),
      profile,
      plain('Daily Standup'),
      OPTIONS,
    );
    expect(verdict.join).toEqual({ ok: true });
    expect(verdict.checks.find((check) => check.id === 'sub-domain')?.status).toBe('warn');
  });
});

describe('judgeToken: room join without a required room claim', () => {
  const LOOSE: ServerProfile = { ...PROFILE, asap_require_room_claim: false };
  it.each<[string, Record<string, unknown>, { ok: boolean; reason?: string }]>([
    ['no room claim: let through, sub not read', { room: undefined, sub: 'wrong' }, { ok: true }],
    [
      'a regex matching nothing: let through, sub not read',
      { ...regex, room: '^zzz$', sub: 'wrong' },
      { ok: true },
    ],
    ['a plain wrong room still fails', { room: 'other' }, MISMATCH],
    ['a right room with a wrong sub still fails', { sub: 'wrong' }, MISMATCH],
  ])('%s', (_name, payload, expected) => {
    expect(joinOf(payload, plain('Daily Standup'), LOOSE)).toEqual(expected);
  });
});

describe('judgeToken: room join, domain verification off', () => {
  it.each<[string, Record<string, unknown>, Target, { ok: boolean; reason?: string }]>([
    ['exact room', { room: 'daily%20standup' }, plain('Daily Standup'), { ok: true }],
    ['wrong room', { room: 'other' }, plain('Daily Standup'), MISMATCH],
    ['sub not compared', { sub: 'anything' }, plain('Daily Standup'), { ok: true }],
    ['"*"', { room: '*' }, plain('x'), { ok: true }],
    [
      'a number claim is not equal to the room string in Lua',
      { room: 123 },
      plain('123'),
      MISMATCH,
    ],
    [
      'a number claim still matches after "]" (concatenation coerces)',
      { room: 123, sub: 'x' },
      tenant('acme', '123'),
      { ok: true },
    ],
    [
      'tenant room ends with "]" + claim',
      { room: 'daily%20standup', sub: 'x' },
      tenant('acme', 'Daily Standup'),
      { ok: true },
    ],
    [
      'regex ignored: compared literally',
      { ...regex, room: '.*' },
      plain('Daily Standup'),
      MISMATCH,
    ],
  ])('%s', (_name, payload, target, expected) => {
    expect(joinOf(payload, target, OFF)).toEqual(expected);
  });
});
