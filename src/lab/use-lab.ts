import { useStore } from 'zustand';
import type { LabState, LabStore } from './lab-store.ts';

/** Reads a slice of the lab's state and re-renders when it changes. */
export function useLab<T>(lab: LabStore, select: (state: LabState) => T): T {
  return useStore(lab, select);
}
