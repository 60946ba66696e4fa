import type { Target } from './types.ts';

/** The meeting page of a target: `https://DOMAIN/[TENANT/]ROOM`, the room percent-encoded. */
export function meetingUrl(target: Pick<Target, 'domain' | 'room'> & { tenant?: string }): string {
  const path = target.tenant === undefined ? target.room : `${target.tenant}/${target.room}`;
  return `https://${target.domain}/${encodeURIComponent(path).replace(/%2F/g, '/')}`;
}
