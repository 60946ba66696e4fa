import type { SupportConfig } from '../../config/launcher-config.ts';
import type { Meeting } from '../../store/launcher-store.ts';
import { useLauncherStore } from '../../store/use-launcher-store.ts';
import { useStore } from '../../store/use-store.ts';
import { describeMeetingProblem, rejoinStatusLine } from '../errors/describe-meeting-problem.ts';
import { MeetingNotice } from './meeting-notice.tsx';

export interface MeetingWatchViewProps {
  meeting: Meeting;
  /** Where to get help (config.json's `support`). */
  support?: SupportConfig | undefined;
  /** Milliseconds since the epoch; injected so tests freeze the clock. */
  now?: () => number;
}

/** The meeting's story in the launcher's words: the rejoin line, and any wait or refusal. */
export function MeetingWatchView({ meeting, support, now = Date.now }: MeetingWatchViewProps) {
  const store = useLauncherStore();
  const state = useStore(store, (s) => s.meetingState);
  const rejoin = useStore(store, (s) => s.rejoinState);
  const problem = describeMeetingProblem(state, rejoin, meeting, Math.floor(now() / 1000));
  return (
    <>
      <p class="meeting-screen__status" role="status">
        {rejoinStatusLine(state, rejoin) ?? ''}
      </p>
      {problem === undefined ? null : (
        <MeetingNotice
          problem={problem}
          support={support}
          onRejoin={() => store.getState().rejoin()}
        />
      )}
    </>
  );
}
