import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/**
 * Reads a slice of a zustand vanilla store and re-renders when that slice changes. The one way
 * components read the launcher's and the lab's stores. Written on preact/hooks rather than
 * zustand's React hook, so the join screen needs no preact/compat.
 */
export function useStore<S, T>(store: StoreApi<S>, select: (state: S) => T): T {
  const [, rerender] = useState(0);
  // Selectors are usually written inline: the latest one is used without resubscribing.
  const selectRef = useRef(select);
  selectRef.current = select;
  const slice = select(store.getState());
  useEffect(() => {
    let last = selectRef.current(store.getState());
    return store.subscribe((state) => {
      const next = selectRef.current(state);
      if (Object.is(next, last)) return;
      last = next;
      rerender((count) => count + 1);
    });
  }, [store]);
  return slice;
}
