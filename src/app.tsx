import { lazyComponent } from './components/lazy-component.tsx';
import { t } from './i18n/translate.ts';
import { withLaterMessages } from './i18n/with-later-messages.ts';
import type { LabScreenProps } from './lab/lab-screen.tsx';
import { JoinScreen, preloadErrorNotice } from './screens/join/join-screen.tsx';
import { LauncherView } from './store/launcher-view.ts';
// Every screen's stylesheet (each beside its screen) loads with the shell: CSS is small, and
// lazy chunks without CSS need no preload bookkeeping.
import './app.css';
import './screens/brand/brand-bar.css';
import './screens/config-error/config-error-screen.css';
import './screens/debug/debug-panel.css';
import './screens/errors/error-notice.css';
import './screens/left/left-screen.css';
import './screens/meeting/meeting-screen.css';

// Local mode's screens are loaded with import() only when config.mode is 'local', so none of the
// lab's code (signing, keys, editors) is on the endpoint-mode join path.
const localModeScreen = lazyComponent<LabScreenProps>(
  () =>
    Promise.all([
      import('./lab/lab-screen.tsx'),
      import('./screens/local/developer-mode-line.tsx'),
    ]).then(([lab, line]) => line.withDeveloperModeLine(lab.LabScreen)),
  () => <Loading text={t('app.loading')} />,
);

function Loading({ text }: { text: string }) {
  return (
    <main class="app-loading">
      <p role="status">{text}</p>
    </main>
  );
}

// Not needed to show the join screen: fetched when a join starts (or a config error shows).
const meetingScreen = lazyComponent(
  () =>
    withLaterMessages(
      import('./screens/meeting/meeting-screen.tsx').then((module) => module.MeetingScreen),
    ),
  () => <Loading text={t('join.joining')} />,
);
const leftScreen = lazyComponent(() =>
  withLaterMessages(import('./screens/left/left-screen.tsx').then((module) => module.LeftScreen)),
);
const framingRefusal = lazyComponent(() =>
  withLaterMessages(
    import('./screens/framing/framing-refusal.tsx').then((module) => module.FramingRefusal),
  ),
);
const configErrorScreen = lazyComponent(() =>
  withLaterMessages(
    import('./screens/config-error/config-error-screen.tsx').then(
      (module) => module.ConfigErrorScreen,
    ),
  ),
);

/** Starts fetching the code a join needs next (the meeting, error messages) alongside the token. */
export function preloadJoinCode(): void {
  meetingScreen.preload().catch(() => undefined);
  leftScreen.preload().catch(() => undefined);
  preloadErrorNotice();
}

/** The shell: config first, then the meeting, the join screen or local mode's screens. */
export class App extends LauncherView {
  override render() {
    const { config, phase, framing } = this.launcher;
    if (config.status === 'loading') return <Loading text={t('app.loading')} />;
    if (config.status === 'error') {
      return (
        <configErrorScreen.Component
          error={config.error}
          onRetry={() => void this.launcher.reloadConfig()}
        />
      );
    }
    if (framing === undefined) return <Loading text={t('app.loading')} />;
    if (!framing.allowed) {
      return <framingRefusal.Component verdict={framing} href={globalThis.location.href} />;
    }
    if (phase.status === 'in-meeting') {
      return <meetingScreen.Component config={config.config} meeting={phase.meeting} />;
    }
    if (config.config.mode === 'local') return <localModeScreen.Component config={config.config} />;
    if (phase.status === 'left') {
      return <leftScreen.Component config={config.config} room={phase.room} />;
    }
    return <JoinScreen config={config.config} />;
  }
}
