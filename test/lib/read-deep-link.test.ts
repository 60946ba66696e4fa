import { describe, expect, it } from 'vitest';
import { readDeepLink } from '../../src/lib/read-deep-link.ts';

const BASE = 'https://intranet.example/tools/launcher/';

describe('readDeepLink', () => {
  it('reads ?room=, ?name=, ?email= and ?domain=', () => {
    expect(
      readDeepLink(
        `${BASE}?room=Daily%20Standup&name=Ann&email=ann%40example.com&domain=Meet.Example.com`,
        BASE,
      ),
    ).toEqual({
      room: 'Daily Standup',
      name: 'Ann',
      email: 'ann@example.com',
      domain: 'meet.example.com',
    });
  });

  it('reads the room from the path below where the launcher is deployed', () => {
    expect(readDeepLink(`${BASE}daily-standup`, BASE)).toEqual({ room: 'daily-standup' });
    expect(readDeepLink(`${BASE}Caf%C3%A9%20Talk?name=Bo`, BASE)).toEqual({
      room: 'Café Talk',
      name: 'Bo',
    });
    expect(
      readDeepLink('https://launcher.example/daily-standup', 'https://launcher.example/'),
    ).toEqual({
      room: 'daily-standup',
    });
  });

  it('keeps a deeper path whole for the room check to name, and drops a trailing slash', () => {
    expect(readDeepLink(`${BASE}team/standup`, BASE)).toEqual({ room: 'team/standup' });
    expect(readDeepLink(`${BASE}a/b/c%20d/`, BASE)).toEqual({ room: 'a/b/c d' });
    expect(readDeepLink(`${BASE}daily-standup/`, BASE)).toEqual({ room: 'daily-standup' });
  });

  it('lets ?room= win over the path, and ignores index.html and empty values', () => {
    expect(readDeepLink(`${BASE}a?room=b`, BASE)).toEqual({ room: 'b' });
    expect(readDeepLink(`${BASE}index.html`, BASE)).toEqual({});
    expect(readDeepLink(`${BASE}?room=%20&name=`, BASE)).toEqual({});
    expect(readDeepLink('https://other.example/x', BASE)).toEqual({});
  });

  it('ignores a path segment that is not valid percent-encoding', () => {
    expect(readDeepLink(`${BASE}%E0%A4%A`, BASE)).toEqual({});
  });

  it('reads ?autojoin=1 (or true), and nothing else, as joining at once', () => {
    const base = 'https://launcher.example/';
    expect(readDeepLink(`${base}?room=r&autojoin=1`, base)).toEqual({ room: 'r', autoJoin: true });
    expect(readDeepLink(`${base}?autojoin=true`, base)).toEqual({ autoJoin: true });
    expect(readDeepLink(`${base}?autojoin=0`, base)).toEqual({});
  });
});
