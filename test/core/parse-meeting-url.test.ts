import { describe, expect, it } from 'vitest';
import { parseMeetingUrl } from '../../src/core/parse-meeting-url.ts';

describe('parseMeetingUrl', () => {
  it.each([
    ['https://meet.example.com/DailyStandup', { domain: 'meet.example.com', room: 'DailyStandup' }],
    [
      'https://meet.example.com/Daily%20Standup?x=1#config',
      { domain: 'meet.example.com', room: 'Daily Standup' },
    ],
    ['meet.example.com/room', { domain: 'meet.example.com', room: 'room' }],
    [
      'https://localhost:8443/acme/room/',
      { domain: 'localhost:8443', tenant: 'acme', room: 'room' },
    ],
    [
      'https://8x8.vc/vpaas-magic-cookie-abc/Team',
      { domain: '8x8.vc', tenant: 'vpaas-magic-cookie-abc', room: 'Team' },
    ],
    ['https://meet.example.com/100%', { domain: 'meet.example.com', room: '100%' }],
  ])('%s', (url, target) => {
    expect(parseMeetingUrl(url)).toEqual({ ok: true, value: target });
  });

  it.each([
    ['https://meet.example.com/.%09.', 'U+0009'],
    ['https://meet.example.com/.%0A.', 'U+000A'],
    ['https://meet.example.com/team%0D/room', 'U+000D'],
  ])('refuses control characters in %s', (url, code) => {
    expect(parseMeetingUrl(url)).toEqual({
      ok: false,
      error: {
        kind: 'invalid-url',
        message: `A room name cannot contain control characters such as tabs or line breaks (here ${code}, perhaps written as %09 or %0A): the meeting address would lose the room. Remove it.`,
      },
    });
  });

  it.each([
    ['', 'Enter the meeting URL, e.g. https://meet.example.com/DailyStandup.'],
    [
      'https://meet.example.com/',
      'The URL names no room: add it after the domain, e.g. https://meet.example.com/DailyStandup.',
    ],
    [
      'https://meet.example.com/a/b/c',
      'Too many path parts: a Jitsi meeting URL is https://DOMAIN/ROOM or https://DOMAIN/TENANT/ROOM.',
    ],
    ['ftp://meet.example.com/room', 'Meeting URLs start with https://, not ftp://.'],
    ['https://user:pw@meet.example.com/room', 'Remove the user name and password from the URL.'],
    [
      'https://exa mple.com/room',
      '"https://exa mple.com/room" is not a URL. Use https://DOMAIN/ROOM or https://DOMAIN/TENANT/ROOM.',
    ],
  ])('%j is refused', (url, message) => {
    expect(parseMeetingUrl(url)).toEqual({ ok: false, error: { kind: 'invalid-url', message } });
  });
});
