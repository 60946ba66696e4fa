import { render } from 'preact';
import { App, preloadJoinCode } from './app.tsx';
import { loadConfig } from './config/load-config.ts';
import { readDeepLink } from './lib/read-deep-link.ts';
import { createNameMemory } from './lib/remembered-name.ts';
import type { RunJoin } from './meeting/join-flow.ts';
import { createLauncherStore } from './store/launcher-store.ts';
import { LauncherContext } from './store/use-launcher.ts';

// The entry script sits one folder below the app (assets/ when built, src/ in development), so
// this is where the launcher is deployed, whatever the path.
const appBase = new URL('..', import.meta.url).href;

/**
 * The join's code (endpoint client, script loader, pre-join check) is fetched on the first Join,
 * not with the join screen.
 */
const lazyRunJoin: RunJoin = async (...args) => {
  const flow = await import('./meeting/join-flow.ts').catch(() => undefined);
  if (flow === undefined) {
    return {
      ok: false,
      error: { kind: 'code-unavailable', part: 'joining code' },
    };
  }
  return flow.runJoin(...args);
};

const store = createLauncherStore({
  deepLink: readDeepLink(globalThis.location.href, appBase),
  names: createNameMemory(),
  runJoin: lazyRunJoin,
  onJoinStart: preloadJoinCode,
});

const root = document.getElementById('app');
if (root !== null) {
  render(
    <LauncherContext.Provider value={store}>
      <App />
    </LauncherContext.Provider>,
    root,
  );
}

void loadConfig(undefined, new URL('config.json', appBase).href).then((result) => {
  store.getState().configLoaded(result);
});
