import type { LabState } from './lab-store.ts';
import { isHmac } from './store/claims-slice.ts';

/** Why no token can be signed for a join right now, in words; undefined when one can. */
export function joinBlocker(
  state: Pick<LabState, 'inputProblems' | 'profile' | 'secret' | 'preview' | 'target'>,
): string | undefined {
  const unusable = Object.values(state.inputProblems)[0];
  if (unusable !== undefined) return `Correct the marked input first. ${unusable}`;
  if (state.target.room.trim() === '') return 'Type a room name in the Meeting card first.';
  if (isHmac(state.profile) && state.secret === '') {
    return 'Type the app secret in the Signing key card first: HS256 tokens are signed with it.';
  }
  if (state.preview.status === 'error') return state.preview.message;
  return undefined;
}

/** A meeting server on this machine, where a self-signed certificate is the usual set-up. */
export function isLocalDomain(domain: string): boolean {
  const host = domain
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127(?:\.\d{1,3}){3}$/.test(host)
  );
}
