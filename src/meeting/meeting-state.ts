import type { MeetingError, MeetingEvent } from './meeting-events.ts';

/** Why the user is not in the meeting yet although nothing refused them. */
export type WaitReason = 'lobby' | 'host' | 'room-password';

/** Where the server said no: the login (the token), the room (room, sub, tenant), the lobby. */
export type RefusalStage = 'login' | 'room' | 'lobby' | 'full';

export type EndReason = 'left' | 'closed' | 'ended-by-host';

export type MeetingPhase =
  | { status: 'joining' }
  | { status: 'waiting'; reason: WaitReason }
  | { status: 'in-meeting' }
  | { status: 'refused'; stage: RefusalStage; error: MeetingError }
  /** The connection needs a fresh token: the meeting said so, or it was lost after `exp`. */
  | { status: 'token-expired'; error: MeetingError }
  | { status: 'ended'; reason: EndReason };

/** What the launcher knows of one meeting frame, from its events alone. */
export interface MeetingState {
  phase: MeetingPhase;
  /** The local participant's id, from `videoConferenceJoined`. */
  localId?: string;
  /** The role the server gave the local participant (`moderator`, `participant`, …). */
  role?: string;
  visitor: boolean;
  /**
   * Roles seen per participant. Newer clients report every participant's role, older ones only
   * the local one; the local role may also arrive before the join tells the local id.
   */
  roles: Readonly<Record<string, string>>;
}

/** The token's `exp` and the time (both in seconds), to tell a lost connection's cause. */
export interface MeetingClock {
  now: number;
  exp?: number;
}

export { INITIAL_MEETING_STATE } from './initial-meeting-state.ts';

/** lib-jitsi-meet's error names the launcher tells apart. */
const LOGIN_REFUSED = 'connection.passwordRequired';
const ROOM_REFUSED = 'conference.connectionError.notAllowed';
const WAITING_FOR_HOST = 'conference.authenticationRequired';
const LOBBY = 'conference.connectionError.membersOnly';
const LOBBY_DENIED = 'conference.connectionError.accessDenied';
const ROOM_PASSWORD = 'conference.passwordRequired';
const ROOM_FULL = 'conference.max_users';
const DESTROYED = 'conference.destroyed';
/** Prosody's reason text for a token past its `exp`, which lib-jitsi-meet keeps as the message. */
const EXP_REASON = /not acceptable by exp/i;
/** The name newer lib-jitsi-meet versions give a resume given up because the token expired. */
const TOKEN_EXPIRED_NAME = /token[_-]?expired/i;

function expired(clock: MeetingClock): boolean {
  return clock.exp !== undefined && clock.now >= clock.exp;
}

function isConnectionError(error: MeetingError): boolean {
  return error.type === 'CONNECTION' || error.name.startsWith('connection.');
}

/** The phase an error leads to, or `undefined` when it changes nothing the launcher shows. */
function phaseForError(error: MeetingError, clock: MeetingClock): MeetingPhase | undefined {
  if (TOKEN_EXPIRED_NAME.test(error.name)) return { status: 'token-expired', error };
  switch (error.name) {
    case LOGIN_REFUSED:
      return expired(clock) || EXP_REASON.test(error.message ?? '')
        ? { status: 'token-expired', error }
        : { status: 'refused', stage: 'login', error };
    case ROOM_REFUSED:
      return { status: 'refused', stage: 'room', error };
    case WAITING_FOR_HOST:
      return { status: 'waiting', reason: 'host' };
    case LOBBY:
      return { status: 'waiting', reason: 'lobby' };
    case LOBBY_DENIED:
      return { status: 'refused', stage: 'lobby', error };
    case ROOM_PASSWORD:
      return { status: 'waiting', reason: 'room-password' };
    case ROOM_FULL:
      return { status: 'refused', stage: 'full', error };
    case DESTROYED:
      return { status: 'ended', reason: 'ended-by-host' };
  }
  // A connection lost for good after `exp` cannot come back with this token: prosody checks
  // `exp` again at the next login. Before `exp`, the meeting's own reconnection handles it.
  if (error.isFatal && isConnectionError(error) && expired(clock)) {
    return { status: 'token-expired', error };
  }
  return undefined;
}

/** A refusal or an expiry is the story's end for this frame: a later hang-up does not hide it. */
function settled(phase: MeetingPhase): boolean {
  return phase.status === 'refused' || phase.status === 'token-expired';
}

/**
 * The meeting's state after one event. Pure: the clock comes in, so a test can say what time it
 * is and when the token expires. The launcher never acts on `exp` alone, only on events.
 */
export function reduceMeeting(
  state: MeetingState,
  event: MeetingEvent,
  clock: MeetingClock,
): MeetingState {
  switch (event.kind) {
    case 'joined': {
      const next: MeetingState = {
        ...state,
        phase: { status: 'in-meeting' },
        visitor: event.visitor,
      };
      if (event.id === undefined) return next;
      const role = state.roles[event.id];
      return role === undefined
        ? { ...next, localId: event.id }
        : { ...next, localId: event.id, role };
    }
    case 'role-changed': {
      // The local role may come before the join names the local id: `roles` keeps it till then.
      const roles = { ...state.roles, [event.id]: event.role };
      return event.id === state.localId
        ? { ...state, roles, role: event.role }
        : { ...state, roles };
    }
    case 'error': {
      const phase = phaseForError(event.error, clock);
      if (phase === undefined) return state;
      if (settled(state.phase) && phase.status === 'ended') return state;
      return { ...state, phase };
    }
    case 'room-password':
      return settled(state.phase)
        ? state
        : { ...state, phase: { status: 'waiting', reason: 'room-password' } };
    case 'left':
    case 'ready-to-close':
      if (settled(state.phase) || state.phase.status === 'ended') return state;
      return {
        ...state,
        phase: { status: 'ended', reason: event.kind === 'left' ? 'left' : 'closed' },
      };
    case 'knocking':
      // Someone else knocks at the lobby: only moderators hear it, and it changes nothing here.
      return state;
  }
}
