import { useContext, useEffect, useState } from 'preact/hooks';
import { LauncherContext } from './launcher-context.ts';
import type { LauncherState, LauncherStore } from './launcher-store.ts';

export { LauncherContext } from './launcher-context.ts';

export function useLauncherStore(): LauncherStore {
  const store = useContext(LauncherContext);
  if (store === undefined) throw new Error('No LauncherContext.Provider above.');
  return store;
}

/**
 * Reads a slice of the launcher's state and re-renders when it changes. Written on preact/hooks
 * rather than zustand's React hook, so the join screen does not need preact/compat. Selectors
 * are plain field reads, so one subscription per store is enough.
 */
export function useLauncher<T>(select: (state: LauncherState) => T): T {
  const store = useLauncherStore();
  const [slice, setSlice] = useState(() => select(store.getState()));
  useEffect(() => {
    setSlice(() => select(store.getState()));
    return store.subscribe((state) => setSlice(() => select(state)));
  }, [store]);
  return slice;
}
