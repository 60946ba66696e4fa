import { createContext } from 'preact';
import type { LauncherStore } from './launcher-store.ts';

/** The store, provided once at the top of the app. */
export const LauncherContext = createContext<LauncherStore | undefined>(undefined);
