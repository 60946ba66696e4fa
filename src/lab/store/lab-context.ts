import type { StateCreator } from 'zustand/vanilla';
import type { LabDeps, LabState } from '../lab-store.ts';

/** What every slice of the lab's store shares: its dependencies and the clock. */
export interface LabContext {
  deps: LabDeps;
  /** Milliseconds since the epoch. */
  now: () => number;
  /** Seconds since the epoch. */
  seconds: () => number;
}

/** One concern of the lab's store, zustand's slices pattern: `(set, get) => ({…})`. */
export type LabSlice<T> = StateCreator<LabState, [], [], T>;

/** Sets a change and signs again, so the verdict follows every edit. */
export function applyChange(
  set: (patch: Partial<LabState>) => void,
  get: () => LabState,
  patch: Partial<LabState>,
): void {
  set(patch);
  void get().refresh();
}
