import type { Result } from '../core/types.ts';
import { INITIAL_MEETING_STATE } from '../meeting/initial-meeting-state.ts';
import type { JoinError } from '../meeting/join-error.ts';
import type { ReadyJoin } from '../meeting/join-flow.ts';
import type { MeetingEvent } from '../meeting/meeting-events.ts';
import type { MeetingReader } from '../meeting/meeting-reader.ts';
import type { MeetingState } from '../meeting/meeting-state.ts';
import { mayRejoin, recentRejoins } from '../meeting/rejoin-policy.ts';
import type { Meeting } from './launcher-store.ts';

/**
 * The launcher's own rejoin with a fresh token: idle, fetching one (`rejoining`), done
 * (`rejoined`, the new frame is joining), stopped at the bound (`limit`), or the fetch failed.
 */
export type RejoinState =
  | { status: 'idle' }
  | { status: 'rejoining' }
  | { status: 'rejoined'; count: number }
  | { status: 'limit' }
  | { status: 'failed'; error: JoinError };

export interface MeetingWatchState {
  meetingState: MeetingState;
  rejoinState: RejoinState;
}

/** What the watch needs from the store that holds it. */
export interface MeetingWatchHost {
  /** The meeting in progress, if any. */
  current(): Meeting | undefined;
  read(): MeetingWatchState;
  write(state: Partial<MeetingWatchState>): void;
  /** Milliseconds since the epoch. */
  now(): number;
  /** Folds one event into the meeting's state. */
  reduce: MeetingReader['reduce'];
  /** The store's join path, for the room of `meeting`, with a fresh token. */
  fetchFresh(meeting: Meeting, signal: AbortSignal): Promise<Result<ReadyJoin, JoinError>>;
  /** Replaces the meeting in progress by the fresh one: old API disposed, new frame. */
  replace(ready: ReadyJoin): boolean;
}

export interface MeetingWatch {
  /** A fresh join by the user: a new story, and the rejoin bound starts over. */
  reset(): void;
  /** One event from the current meeting frame. */
  heard(event: MeetingEvent): void;
  /** Fetches a fresh token and rejoins the same room; `byUser` skips the automatic bound. */
  rejoin(byUser: boolean): Promise<void>;
  /** Stops a rejoin in progress (the user left). */
  stop(): void;
}

export const IDLE_WATCH: MeetingWatchState = {
  meetingState: INITIAL_MEETING_STATE,
  rejoinState: { status: 'idle' },
};

/**
 * Follows the meeting frame's events and, when the connection needs a fresh token, rejoins the
 * same room by itself, at most `REJOIN_LIMIT` times per `REJOIN_WINDOW_MS`. It never acts on
 * `exp` alone: a meeting that works goes on past its token's expiry.
 */
export function createMeetingWatch(host: MeetingWatchHost): MeetingWatch {
  let history: number[] = [];
  let controller: AbortController | undefined;

  const rejoin = async (byUser: boolean) => {
    const meeting = host.current();
    if (meeting === undefined || controller !== undefined) return;
    const now = host.now();
    if (!byUser && !mayRejoin(history, now)) {
      host.write({ rejoinState: { status: 'limit' } });
      return;
    }
    history = [...recentRejoins(history, now), now];
    const own = new AbortController();
    controller = own;
    host.write({ rejoinState: { status: 'rejoining' } });
    const outcome = await host.fetchFresh(meeting, own.signal).catch(
      (): Result<ReadyJoin, JoinError> => ({
        ok: false,
        error: { kind: 'aborted', message: 'The rejoin was stopped.' },
      }),
    );
    if (controller !== own) return;
    controller = undefined;
    if (own.signal.aborted || host.current()?.id !== meeting.id) return;
    if (!outcome.ok) {
      host.write({ rejoinState: { status: 'failed', error: outcome.error } });
      return;
    }
    if (!host.replace(outcome.value)) return;
    host.write({
      meetingState: INITIAL_MEETING_STATE,
      rejoinState: { status: 'rejoined', count: history.length },
    });
  };

  return {
    reset() {
      history = [];
      controller?.abort();
      controller = undefined;
      host.write(IDLE_WATCH);
    },
    heard(event) {
      const meeting = host.current();
      if (meeting === undefined) return;
      const exp = meeting.decoded.payload.exp;
      const clock = {
        now: Math.floor(host.now() / 1000),
        ...(typeof exp === 'number' ? { exp } : {}),
      };
      const before = host.read().meetingState;
      const after = host.reduce(before, event, clock);
      if (after === before) return;
      host.write({ meetingState: after });
      if (after.phase.status === 'token-expired' && before.phase.status !== 'token-expired') {
        void rejoin(false);
      }
    },
    rejoin,
    stop() {
      controller?.abort();
      controller = undefined;
    },
  };
}
