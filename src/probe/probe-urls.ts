import { normalizeRoomName } from '../core/normalize-room.ts';
import type { Target } from '../core/types.ts';

/**
 * The config.js the web client runs on this meeting page: the tenant's own on a tenant URL (the
 * web server serves `/TENANT/config.js` with the tenant filled in, as it does for the page).
 */
export function configJsUrl(origin: string, target: Target): string {
  const tenant = target.tenant ? `${encodeURIComponent(target.tenant)}/` : '';
  return `${origin}/${tenant}config.js`;
}

/** The meeting page the web client runs on (relative WebSocket URLs resolve against it). */
export function meetingPageUrl(origin: string, target: Target): string {
  const tenant = target.tenant ? `${encodeURIComponent(target.tenant)}/` : '';
  return `${origin}/${tenant}${encodeURIComponent(target.room)}`;
}

/**
 * config.js's `websocket` as the browser opens it: absolute ws(s) URLs as they are; relative ones
 * against the page, https -> wss (Strophe's rule). Undefined when it is no WebSocket URL.
 */
export function resolveWebsocketUrl(websocket: string, pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(websocket, pageUrl);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') url.protocol = 'wss:';
  else if (url.protocol === 'http:') url.protocol = 'ws:';
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:') return undefined;
  return url.toString();
}

/**
 * The URL the web client connects to: jitsi-meet appends `room` (the backend-safe room name)
 * with URLSearchParams, then lib-jitsi-meet appends `token=` as it is.
 */
export function serviceUrl(websocket: string, room: string, token: string): string {
  const url = new URL(websocket);
  url.searchParams.append('room', normalizeRoomName(room));
  const withRoom = url.toString();
  if (token === '') return withRoom;
  return `${withRoom}${withRoom.includes('?') ? '&' : '?'}token=${token}`;
}

/** The service URL with the token's value replaced, for messages and reports. */
export function withoutToken(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/g, '$1…');
}

/** The MUC room the web client joins: `<backend-safe room>@<hosts.muc>`. */
export function roomJid(room: string, mucDomain: string): string {
  return `${normalizeRoomName(room)}@${mucDomain}`;
}

/** `https://DOMAIN` of a meeting URL (https when it names no scheme, as parseMeetingUrl reads it). */
export function meetingOrigin(meetingUrl: string): string {
  const text = meetingUrl.trim();
  return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).origin;
}
