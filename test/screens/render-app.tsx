import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { LauncherConfig } from '../../src/config/launcher-config.ts';
import type { RunJoin } from '../../src/meeting/join-flow.ts';
import { meetingReader } from '../../src/meeting/meeting-reader.ts';
import { LauncherContext } from '../../src/store/launcher-context.ts';
import { createLauncherStore, type LauncherDeps } from '../../src/store/launcher-store.ts';

export const CONFIG: LauncherConfig = {
  mode: 'endpoint',
  domains: ['meet.example.com'],
  debugPanel: false,
  scriptTimeoutMs: 15_000,
  configOverwrite: {},
  interfaceConfigOverwrite: {},
  endpoint: { url: '/t', method: 'POST', credentials: 'include', timeoutMs: 1000, retries: 0 },
};

const never: RunJoin = () => new Promise(() => undefined);

/** Renders `children` inside a fresh store, loaded with `config`. */
export function renderWithStore(
  children: ComponentChildren,
  options: { config?: LauncherConfig; deps?: Partial<LauncherDeps> } = {},
) {
  const store = createLauncherStore({
    names: { load: () => '', save: () => undefined },
    runJoin: never,
    meeting: meetingReader,
    ...options.deps,
  });
  store.getState().configLoaded({ ok: true, value: options.config ?? CONFIG });
  const view = render(
    <LauncherContext.Provider value={store}>{children}</LauncherContext.Provider>,
  );
  return { store, ...view };
}
