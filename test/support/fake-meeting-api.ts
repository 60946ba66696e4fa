import type { ExternalApiListener } from '../../src/meeting/external-api.ts';

/**
 * A stand-in IFrame API object: the test emits events on it as the meeting frame would, and
 * `dispose()` adds `name` to `disposed`.
 */
export function fakeApi(name = 'api', disposed: string[] = []) {
  const listeners = new Map<string, ExternalApiListener[]>();
  return {
    emit(event: string, payload?: unknown) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    addListener(event: string, listener: ExternalApiListener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    removeListener(event: string, listener: ExternalApiListener) {
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((l) => l !== listener),
      );
    },
    dispose: () => disposed.push(name),
  };
}
