/** What a link to the launcher may fill in. Never a token. */
export interface DeepLink {
  room?: string;
  name?: string;
  email?: string;
  domain?: string;
  /** `?autojoin=1`: join at once when the room (and the name, if one is needed) are known. */
  autoJoin?: boolean;
}

const RESERVED = new Set(['index.html', 'config.json']);

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Reads `?room=`, `?name=`, `?email=`, `?domain=` and the path form `<appBase>/<room>`.
 * `appBase` is where the launcher is deployed (it may live under any path).
 */
export function readDeepLink(href: string, appBase: string): DeepLink {
  const url = new URL(href);
  const link: DeepLink = {};
  const param = (key: string) => {
    const value = url.searchParams.get(key)?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const base = new URL(appBase);
  if (url.origin === base.origin && url.pathname.startsWith(base.pathname)) {
    // A trailing slash is dropped; a deeper path (`team/standup`) is kept whole, so the join
    // screen shows it and the room check says what is wrong with it.
    const rest = url.pathname.slice(base.pathname.length).replace(/\/+$/, '');
    if (rest !== '' && !RESERVED.has(rest)) {
      const room = decodeSegment(rest)?.trim();
      if (room !== undefined && room !== '') link.room = room;
    }
  }
  const room = param('room');
  if (room !== undefined) link.room = room;
  const name = param('name');
  if (name !== undefined) link.name = name;
  const email = param('email');
  if (email !== undefined) link.email = email;
  const domain = param('domain');
  if (domain !== undefined) link.domain = domain.toLowerCase();
  const autoJoin = param('autojoin');
  if (autoJoin === '1' || autoJoin === 'true') link.autoJoin = true;
  return link;
}
