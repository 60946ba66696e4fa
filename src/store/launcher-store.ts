import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConfigError, LauncherConfig } from '../config/launcher-config.ts';
import type { DecodedToken, Result } from '../core/types.ts';
import type { FramingFacts } from '../lib/framing-facts.ts';
import type { DeepLink } from '../lib/read-deep-link.ts';
import type { NameMemory } from '../lib/remembered-name.ts';
import type { ExternalApi } from '../meeting/external-api.ts';
import type { JoinError } from '../meeting/join-error.ts';
import type { ReadyJoin, RunJoin } from '../meeting/join-flow.ts';
import type { MeetingReader } from '../meeting/meeting-reader.ts';
import { unexpectedError } from '../meeting/unexpected-error.ts';
import type { TokenSource } from '../token-source/token-source.ts';
import { type ConfigSlice, createConfigSlice } from './config-slice.ts';
import { createMeetingWatch, IDLE_WATCH, type MeetingWatchState } from './meeting-watch.ts';

/** One meeting in progress. The token lives only here, in memory, until the user leaves. */
export interface Meeting {
  /** New for every join: the meeting component is remounted with it as its key. */
  id: number;
  domain: string;
  tenant?: string;
  room: string;
  /** The name typed on the join screen, else the token's `context.user.name`. */
  displayName: string;
  email?: string;
  token: string;
  decoded: DecodedToken;
}

export type JoinState =
  | { status: 'idle' }
  | { status: 'joining' }
  | { status: 'failed'; error: JoinError }
  | { status: 'in-meeting'; meeting: Meeting }
  /** The user left `room`; the form still holds what joined it, so Rejoin joins it again. */
  | { status: 'left'; room: string };

export interface LauncherState extends MeetingWatchState, ConfigSlice {
  phase: JoinState;
  /** Local mode plugs its signer in here; without one, config.endpoint's client is used. */
  setTokenSource(source: TokenSource | undefined): void;
  join(): Promise<void>;
  /** Stops a join in progress. */
  cancel(): void;
  /** Leaves the meeting: disposes the IFrame API and forgets the token. */
  leave(): void;
  /** After leaving: back to an empty room field, to join another room. */
  joinAnother(): void;
  /** The meeting's component is going away: dispose of its IFrame API (state unchanged). */
  meetingUnmounted(): void;
  apiReady(api: ExternalApi): void;
  /** Fetches a fresh token and rejoins the meeting's room (the Rejoin button). */
  rejoin(): void;
}

export interface LauncherDeps {
  deepLink?: DeepLink;
  names: NameMemory;
  /** The join itself: src/meeting/join-flow.ts `runJoin`, fetched once the join screen is idle. */
  runJoin: RunJoin;
  /** Preset token source (local mode sets one later with setTokenSource). */
  tokenSource?: TokenSource;
  /** Reads config.json: src/config/load-config.ts `loadConfig` at the launcher's own address. */
  loadConfig?: () => Promise<Result<LauncherConfig, ConfigError>>;
  /** Called as a join starts: fetch the code the next screens need. */
  onJoinStart?: () => void;
  /** Milliseconds since the epoch; injected so tests set the time. */
  now?: () => number;
  /**
   * src/meeting/meeting-reader.ts `meetingReader`. Injected: it comes with the join's code
   * (a meeting exists only after a join), not with the join screen.
   */
  meeting: MeetingReader;
  /** Who frames or linked the page (src/lib/framing-facts.ts); default: no one. */
  framing?: FramingFacts;
}

export type LauncherStore = StoreApi<LauncherState>;

/** Runs the join; whatever it throws, synchronously or later, becomes an error value. */
function startJoin(
  run: () => Promise<Result<ReadyJoin, JoinError>>,
): Promise<Result<ReadyJoin, JoinError>> {
  const failed = (): Result<ReadyJoin, JoinError> => ({
    ok: false,
    error: unexpectedError('join'),
  });
  try {
    return run().catch(failed);
  } catch {
    return Promise.resolve(failed());
  }
}

/** The meeting of a ready join, activated; `undefined` when activation throws. */
function activateMeeting(ready: ReadyJoin, id: number): Meeting | undefined {
  try {
    ready.activate();
  } catch {
    return undefined;
  }
  const { request } = ready;
  const meeting: Meeting = {
    id,
    domain: request.domain,
    room: request.room,
    displayName: request.displayName ?? ready.userName ?? '',
    token: ready.token,
    decoded: ready.decoded,
  };
  if (request.tenant !== undefined) meeting.tenant = request.tenant;
  if (request.email !== undefined) meeting.email = request.email;
  return meeting;
}

/** The launcher's one store: config, the join form, and the join's progress as explicit state. */
export function createLauncherStore(deps: LauncherDeps): LauncherStore {
  let tokenSource: TokenSource | undefined = deps.tokenSource;
  let controller: AbortController | undefined;
  let api: ExternalApi | undefined;
  let unlisten: (() => void) | undefined;
  let meetingCount = 0;

  const disposeApi = () => {
    const current = api;
    api = undefined;
    unlisten?.();
    unlisten = undefined;
    try {
      current?.dispose();
    } catch {
      // The frame is going away either way.
    }
  };

  const startMeeting = (ready: ReadyJoin): Meeting | undefined => {
    const meeting = activateMeeting(ready, meetingCount + 1);
    if (meeting !== undefined) meetingCount = meeting.id;
    return meeting;
  };

  const watch = createMeetingWatch({
    current() {
      const phase = store.getState().phase;
      return phase.status === 'in-meeting' ? phase.meeting : undefined;
    },
    read: () => store.getState(),
    write: (state) => store.setState(state),
    now: deps.now ?? (() => Date.now()),
    reduce: (state, event, clock) => deps.meeting.reduce(state, event, clock),
    fetchFresh(meeting, signal) {
      const config = store.getState().config;
      if (config.status !== 'ready') {
        return Promise.resolve({ ok: false, error: unexpectedError('join') });
      }
      const form = {
        room: meeting.room,
        displayName: meeting.displayName,
        email: meeting.email ?? '',
        domain: meeting.domain,
      };
      return startJoin(() => deps.runJoin(config.config, form, tokenSource, signal));
    },
    replace(ready) {
      disposeApi();
      const meeting = startMeeting(ready);
      store.setState({
        phase:
          meeting === undefined
            ? { status: 'failed', error: unexpectedError('join') }
            : { status: 'in-meeting', meeting },
      });
      return meeting !== undefined;
    },
  });

  const store = createStore<LauncherState>()((set, get, storeApi) => ({
    ...IDLE_WATCH,
    ...createConfigSlice(deps)(set, get, storeApi),
    phase: { status: 'idle' },

    setTokenSource(source) {
      tokenSource = source;
    },

    async join() {
      const state = get();
      if (state.phase.status === 'joining' || state.phase.status === 'in-meeting') return;
      if (state.config.status !== 'ready' || state.framing?.allowed !== true) return;
      const config = state.config.config;
      if (config.displayName !== 'fromToken') deps.names.save(state.form.displayName.trim());
      const own = new AbortController();
      controller = own;
      // The requests go out first, then the screen says so. A throw anywhere ends the join as
      // a failure with a retry, never a "Joining…" for ever.
      const pending = startJoin(() => deps.runJoin(config, state.form, tokenSource, own.signal));
      set({ phase: { status: 'joining' } });
      try {
        deps.onJoinStart?.();
      } catch {
        // Fetching the next screens' code early is only a head start.
      }
      const outcome = await pending;
      if (controller !== own) return;
      controller = undefined;
      if (own.signal.aborted) {
        set({ phase: { status: 'idle' } });
        return;
      }
      if (!outcome.ok) {
        set({ phase: { status: 'failed', error: outcome.error } });
        return;
      }
      const meeting = startMeeting(outcome.value);
      if (meeting === undefined) {
        set({ phase: { status: 'failed', error: unexpectedError('join') } });
        return;
      }
      watch.reset();
      set({ phase: { status: 'in-meeting', meeting } });
    },

    cancel() {
      controller?.abort();
      controller = undefined;
      if (get().phase.status === 'joining') set({ phase: { status: 'idle' } });
    },

    leave() {
      watch.stop();
      disposeApi();
      const phase = get().phase;
      set({
        phase: phase.status === 'in-meeting' ? { status: 'left', room: phase.meeting.room } : phase,
      });
    },

    joinAnother() {
      set({ phase: { status: 'idle' }, form: { ...get().form, room: '' } });
    },

    meetingUnmounted() {
      disposeApi();
    },

    apiReady(ready) {
      if (get().phase.status !== 'in-meeting') {
        try {
          ready.dispose();
        } catch {
          // Not ours to keep.
        }
        return;
      }
      disposeApi();
      api = ready;
      unlisten = deps.meeting.listen(ready, watch.heard);
    },

    rejoin() {
      void watch.rejoin(true);
    },
  }));
  return store;
}
