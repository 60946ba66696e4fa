import { useEffect, useState } from 'preact/hooks';
import type { LauncherConfig } from '../config/launcher-config.ts';
import type { Target } from '../core/types.ts';
import { useLauncherStore } from '../store/use-launcher-store.ts';
import { ClaimsEditor } from './claims-editor.tsx';
import { browserOutput, type Output } from './clipboard.ts';
import { Inspector } from './inspector.tsx';
import { KeyManager } from './key-manager.tsx';
import { openKeyStore } from './key-store.ts';
import { createLabStore, type LabDeps, type LabStore } from './lab-store.ts';
import { LabTabs, type Tab } from './lab-tabs.tsx';
import { LaunchPanel } from './launch-panel.tsx';
import { createLocalTokenSource } from './local-token-source.ts';
import { MeetingPanel } from './meeting-panel.tsx';
import { ProfileChooser } from './profile-chooser.tsx';
import { ServerProbe } from './server-probe.tsx';
import { ServerSetupPanel } from './server-setup-panel.tsx';
import { TokenPanel, VerdictCard } from './token-panel.tsx';
import './lab.css';

let shared: LabStore | undefined;

/** One lab per page: the store outlives the screen, so a meeting and back keeps the edits. */
function labStoreFor(config: LauncherConfig, start: { room: string; domain: string }): LabStore {
  if (shared !== undefined) return shared;
  const target: Target = {
    domain: start.domain === '' ? (config.domains[0] ?? 'localhost:8443') : start.domain,
    room: start.room === '' ? 'LabTest' : start.room,
  };
  if (config.tenant !== undefined) target.tenant = config.tenant;
  const deps: LabDeps = { keyStore: openKeyStore(), target };
  if (import.meta.env.DEV) {
    deps.publish = true;
    deps.devKeyServer = `http://host.docker.internal:${globalThis.location.port || '80'}/asap`;
  }
  shared = createLabStore(deps);
  return shared;
}

/** Local mode's screen: what the shell gives it. */
export interface LabScreenProps {
  config: LauncherConfig;
}

export interface LabViewProps extends LabScreenProps {
  lab?: LabStore;
  output?: Output;
  now?: () => number;
  fetch?: typeof fetch;
  launcherUrl?: string;
  /** Whether the page has WebCrypto (https, or http on localhost). */
  secure?: boolean;
}

function hasWebCrypto(): boolean {
  return globalThis.isSecureContext !== false && globalThis.crypto?.subtle !== undefined;
}

/** Local mode: the token lab. Loaded by dynamic import only, so the join path stays small. */
export function LabScreen({
  config,
  lab: given,
  output = browserOutput,
  now = Date.now,
  fetch: doFetch,
  // The folder the launcher is served from: a path-form room (/daily-standup) is not kept.
  launcherUrl = new URL('.', globalThis.location.href).href,
  secure = hasWebCrypto(),
}: LabViewProps) {
  const launcher = useLauncherStore();
  const [lab] = useState(() => given ?? labStoreFor(config, launcher.getState().form));
  const [tab, setTab] = useState<Tab>('sign');
  useEffect(() => {
    launcher.getState().setTokenSource(createLocalTokenSource(lab));
    void lab
      .getState()
      .init()
      .then(() => lab.getState().refresh());
  }, [lab, launcher]);

  return (
    <main class="lab">
      <h1>Token lab</h1>
      <p class="lab-intro">
        Local mode: tokens are signed here, in your browser, with a key that never leaves it. Set
        the server, edit the claims, read what the server will answer, then join.
      </p>
      {secure ? null : (
        <p class="lab-warning" role="alert">
          This page is not a secure context, so the browser gives it no WebCrypto: the lab can
          decode and judge tokens but cannot make keys, sign or check signatures. Open it as
          http://localhost:{globalThis.location.port || '80'} on this machine, or serve it over
          https.
        </p>
      )}
      <LabTabs tab={tab} onChange={setTab} />
      <div
        role="tabpanel"
        id="lab-panel-sign"
        aria-labelledby="lab-tab-sign"
        hidden={tab !== 'sign'}
        class="lab-panel lab-layout"
      >
        {/* The question first (room and server), then its answer (verdict, join, token), then
            the settings behind it. From 960 px the answer is a column on the right, kept in
            view; the DOM order is the reading and tab order on every width. */}
        <div class="lab-question">
          <MeetingPanel lab={lab} config={config} />
        </div>
        <aside class="lab-side" id="lab-answer" aria-label="Verdict, join and token">
          <VerdictCard lab={lab} />
          <LaunchPanel lab={lab} config={config} output={output} launcherUrl={launcherUrl} />
          <TokenPanel lab={lab} output={output} now={now} />
          {import.meta.env.DEV ? <ServerProbe lab={lab} /> : null}
        </aside>
        <div class="lab-main">
          <ProfileChooser lab={lab} config={config} />
          <KeyManager lab={lab} output={output} />
          <ClaimsEditor lab={lab} />
        </div>
      </div>
      <div
        role="tabpanel"
        id="lab-panel-inspect"
        aria-labelledby="lab-tab-inspect"
        hidden={tab !== 'inspect'}
        class="lab-panel"
      >
        <Inspector
          lab={lab}
          output={output}
          now={now}
          {...(doFetch === undefined ? {} : { fetch: doFetch })}
        />
      </div>
      <div
        role="tabpanel"
        id="lab-panel-setup"
        aria-labelledby="lab-tab-setup"
        hidden={tab !== 'setup'}
        class="lab-panel"
      >
        <ServerSetupPanel lab={lab} output={output} />
      </div>
    </main>
  );
}
