import { JitsiMeeting } from '@jitsi/react-sdk';
import { useEffect, useRef } from 'preact/hooks';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import type { LauncherConfig } from '../../config/launcher-config.ts';
import { currentLanguage, t } from '../../i18n/translate.ts';
import type { Meeting } from '../../store/launcher-store.ts';
import { useLauncherStore } from '../../store/use-launcher-store.ts';
import { useStore } from '../../store/use-store.ts';
import { DebugPanel } from '../debug/debug-panel.tsx';
import { MeetingWatchView } from './meeting-watch-view.tsx';
import './effects-after-render.ts';
import { useDrawer } from './use-drawer.ts';
import { usePageTitle } from './use-page-title.ts';

export interface MeetingScreenProps {
  config: LauncherConfig;
  meeting: Meeting;
}

function fillFrame(parent: HTMLDivElement): void {
  parent.classList.add('meeting-screen__host');
}

/** The token drawer's heading, where the focus goes when its button opens it. */
const tokenHeading = () => document.getElementById('debug-panel-title');

/**
 * The embedded meeting. The SDK creates the meeting once per mount, so each join has its own
 * `key`; the API from onApiReady is kept by the store and disposed when the user leaves.
 */
export function MeetingScreen({ config, meeting }: MeetingScreenProps) {
  const store = useLauncherStore();
  const { leave, apiReady, meetingUnmounted } = store.getState();
  const role = useStore(store, (state) => state.meetingState.role ?? null);
  // The SDK never disposes of what it created: whatever removes this screen, the API goes too.
  useEffect(() => meetingUnmounted, [meetingUnmounted]);
  const drawer = useDrawer(tokenHeading, config.debugPanel === true);
  const brandTitle = config.brand?.title;
  usePageTitle(brandTitle === undefined ? meeting.room : `${meeting.room} · ${brandTitle}`);
  // The Join (or Rejoin) button went away, so focus fell to the page: keyboard and screen reader
  // users start again from the meeting's name, just before its Leave button and the meeting.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (focused === null || focused === document.body) heading.current?.focus();
  }, [meeting.id]);
  const roomName =
    meeting.tenant === undefined ? meeting.room : `${meeting.tenant}/${meeting.room}`;
  return (
    <main class="meeting-screen">
      <header class="meeting-screen__bar">
        <h1 class="meeting-screen__title" tabIndex={-1} ref={heading}>
          {meeting.room}{' '}
          <span class="meeting-screen__domain">
            {t('meeting.onDomain', { domain: meeting.domain })}
          </span>
        </h1>
        <div class="meeting-screen__actions">
          {config.debugPanel ? (
            <button
              type="button"
              class="button"
              ref={drawer.button}
              aria-expanded={drawer.open}
              aria-controls="meeting-drawer"
              onClick={drawer.toggle}
            >
              {t('meeting.token')}
            </button>
          ) : null}
          <button type="button" class="button" onClick={leave}>
            {t('meeting.leave')}
          </button>
        </div>
      </header>
      <MeetingWatchView meeting={meeting} support={config.support} />
      <div class="meeting-screen__body">
        <div class="meeting-screen__frame" inert={drawer.covering}>
          <ErrorBoundary
            fallback={
              <p role="alert" class="meeting-screen__failed">
                {t('meeting.scriptFailed')}
              </p>
            }
          >
            <JitsiMeeting
              key={meeting.id}
              domain={meeting.domain}
              roomName={roomName}
              jwt={meeting.token}
              lang={currentLanguage()}
              configOverwrite={config.configOverwrite}
              interfaceConfigOverwrite={config.interfaceConfigOverwrite}
              userInfo={{ displayName: meeting.displayName, email: meeting.email ?? '' }}
              onApiReady={apiReady}
              onReadyToClose={leave}
              getIFrameRef={fillFrame}
            />
          </ErrorBoundary>
        </div>
        {config.debugPanel ? (
          <div
            id="meeting-drawer"
            class="meeting-screen__drawer"
            hidden={!drawer.open}
            ref={drawer.drawer}
          >
            <ErrorBoundary
              fallback={
                <p role="alert" class="debug-panel">
                  {t('meeting.tokenPanelFailed')}
                </p>
              }
            >
              <DebugPanel
                decoded={meeting.decoded}
                grantedRole={role}
                language={currentLanguage()}
              />
            </ErrorBoundary>
          </div>
        ) : null}
      </div>
    </main>
  );
}
