import { useContext } from 'preact/hooks';
import { LauncherContext } from './launcher-context.ts';
import type { LauncherStore } from './launcher-store.ts';

/** The launcher's store from context; read it with `useStore(store, select)`. */
export function useLauncherStore(): LauncherStore {
  const store = useContext(LauncherContext);
  if (store === undefined) throw new Error('No LauncherContext.Provider above.');
  return store;
}
