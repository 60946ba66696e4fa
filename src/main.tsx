import { render } from 'preact';
import { App, preloadJoinCode } from './app.tsx';
import type { LauncherConfig } from './config/launcher-config.ts';
import { loadConfig } from './config/load-config.ts';
import { readFramingFacts } from './lib/framing-facts.ts';
import { readDeepLink } from './lib/read-deep-link.ts';
import { createNameMemory } from './lib/remembered-name.ts';
import type { RunJoin } from './meeting/join-flow.ts';
import { applyBrand } from './screens/brand/apply-brand.ts';
import { LauncherContext } from './store/launcher-context.ts';
import { createLauncherStore } from './store/launcher-store.ts';

// The entry script sits one folder below the app (assets/ when built, src/ in development), so
// this is where the launcher is deployed, whatever the path.
const appBase = new URL('..', import.meta.url).href;

type JoinFlow = typeof import('./meeting/join-flow.ts');
let joinFlow: JoinFlow | undefined;

function loadJoinFlow(): Promise<JoinFlow | undefined> {
  return import('./meeting/join-flow.ts').then(
    (flow) => {
      joinFlow = flow;
      return flow;
    },
    () => undefined,
  );
}

/**
 * The join's code (endpoint client, script loader, pre-join check, meeting) is not part of the
 * join screen: it is fetched once the join screen is up and the browser is idle, so pressing
 * Join waits only for the network (if pressed sooner, the code is fetched then).
 */
function preloadJoinPath(config: LauncherConfig): void {
  preloadJoinCode();
  void loadJoinFlow().then((flow) => {
    flow?.preloadJoinChecks();
    flow?.preconnect(config);
    // Endpoint mode only: the lab's domain is often a development server that is not running.
    if (config.mode === 'endpoint')
      flow?.prefetchMeetingScript(config, store.getState().form.domain);
  });
}

/** Once the flow is loaded, a join starts its requests within the click itself. */
const lazyRunJoin: RunJoin = (...args) => {
  if (joinFlow !== undefined) return joinFlow.runJoin(...args);
  return loadJoinFlow().then(
    (flow) =>
      flow?.runJoin(...args) ?? {
        ok: false,
        error: { kind: 'code-unavailable', part: 'joining code' },
      },
  );
};

const deepLink = readDeepLink(globalThis.location.href, appBase);
// Choosing and loading a language is not part of the join screen's JavaScript: English is, and
// the rest arrives alongside config.json.
const languageStart = import('./i18n/start-language.ts');
languageStart.catch(() => undefined);

const store = createLauncherStore({
  deepLink,
  names: createNameMemory(),
  runJoin: lazyRunJoin,
  onJoinStart: preloadJoinCode,
  // The language (which the config may choose) is in place before the screens hear the config.
  loadConfig: async () => {
    const result = await loadConfig(undefined, new URL('config.json', appBase).href);
    // Without the language code, the launcher speaks English.
    await languageStart
      .then((start) => start.startLanguage(result.ok ? result.value.lang : undefined))
      .catch(() => 'en');
    return result;
  },
  // A meeting exists only after a join, which the join flow's code ran.
  meeting: {
    listen: (api, onEvent) => joinFlow?.meetingReader.listen(api, onEvent) ?? (() => undefined),
    reduce: (state, event, clock) => joinFlow?.meetingReader.reduce(state, event, clock) ?? state,
  },
  framing: readFramingFacts(),
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

// Once a config is read (at once, or after Try again on a config error), the join's code follows.
const stopWatching = store.subscribe(({ config }) => {
  if (config.status !== 'ready') return;
  stopWatching();
  applyBrand(config.config.brand);
  const embed = config.config.embed;
  // Only a launcher that pages may frame talks to them, with the code that does it.
  if (embed) {
    import('./embed/connect-embedding.ts')
      .then((embedding) => embedding.connectEmbedding(store, embed.parentOrigins))
      .catch(() => undefined);
  }
  const preload = () => preloadJoinPath(config.config);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(preload, { timeout: 1000 });
  else setTimeout(preload, 200);
});
void store.getState().reloadConfig();
