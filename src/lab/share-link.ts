/**
 * A link that opens the launcher on the same room: the room (and the domain when it is not the
 * default) and nothing else. Never a token: whoever opens it gets their own.
 */
export function shareLink(
  launcherUrl: string,
  room: string,
  domain?: string,
  defaultDomain?: string,
): string {
  const url = new URL(launcherUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set('room', room);
  if (domain !== undefined && domain !== defaultDomain) url.searchParams.set('domain', domain);
  return url.href;
}
