import { controlCharacterProblem } from './room-name-problem.ts';
import type { Result, Target } from './types.ts';

export interface InvalidUrlError {
  kind: 'invalid-url';
  message: string;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * `https://DOMAIN/ROOM` or `https://DOMAIN/TENANT/ROOM` (the scheme may be left out) -> Target.
 * The room is returned as typed (percent-decoded), before the client's normalisation.
 */
export function parseMeetingUrl(url: string): Result<Target, InvalidUrlError> {
  const text = url.trim();
  if (text === '') {
    return {
      ok: false,
      error: {
        kind: 'invalid-url',
        message: 'Enter the meeting URL, e.g. https://meet.example.com/DailyStandup.',
      },
    };
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return {
      ok: false,
      error: {
        kind: 'invalid-url',
        message: `"${text}" is not a URL. Use https://DOMAIN/ROOM or https://DOMAIN/TENANT/ROOM.`,
      },
    };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return {
      ok: false,
      error: {
        kind: 'invalid-url',
        message: `Meeting URLs start with https://, not ${parsed.protocol}//.`,
      },
    };
  }
  if (parsed.username || parsed.password) {
    return {
      ok: false,
      error: { kind: 'invalid-url', message: 'Remove the user name and password from the URL.' },
    };
  }
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) {
    return {
      ok: false,
      error: {
        kind: 'invalid-url',
        message: `The URL names no room: add it after the domain, e.g. https://${parsed.host}/DailyStandup.`,
      },
    };
  }
  if (segments.length > 2) {
    return {
      ok: false,
      error: {
        kind: 'invalid-url',
        message:
          'Too many path parts: a Jitsi meeting URL is https://DOMAIN/ROOM or https://DOMAIN/TENANT/ROOM.',
      },
    };
  }
  const room = decodeSegment(segments[segments.length - 1] ?? '');
  const control = segments.map(controlCharacterProblem).find(Boolean);
  if (control !== undefined) return { ok: false, error: { kind: 'invalid-url', message: control } };
  if (segments.length === 2) {
    return {
      ok: true,
      value: { domain: parsed.host, tenant: decodeSegment(segments[0] ?? ''), room },
    };
  }
  return { ok: true, value: { domain: parsed.host, room } };
}
