import type { TokenSource } from '../token-source/token-source.ts';
import type { LabStore } from './lab-store.ts';

/**
 * Local mode's token source: signs in the browser with the lab's key, profile and claims, for
 * the room, name and domain of this join. The key is made on first use if there is none.
 */
export function createLocalTokenSource(lab: LabStore): TokenSource {
  return async (request, signal) => {
    if (signal.aborted) {
      return { ok: false, error: { kind: 'aborted', message: 'The join was cancelled.' } };
    }
    const result = await lab.getState().signFor(request);
    if (signal.aborted) {
      return { ok: false, error: { kind: 'aborted', message: 'The join was cancelled.' } };
    }
    return result;
  };
}
