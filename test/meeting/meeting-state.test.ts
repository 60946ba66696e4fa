import { describe, expect, it } from 'vitest';
import type { MeetingError, MeetingEvent } from '../../src/meeting/meeting-events.ts';
import {
  INITIAL_MEETING_STATE,
  type MeetingClock,
  type MeetingState,
  reduceMeeting,
} from '../../src/meeting/meeting-state.ts';

const EXP = 1_800_000_000;
const BEFORE_EXP: MeetingClock = { now: EXP - 60, exp: EXP };
const AFTER_EXP: MeetingClock = { now: EXP + 60, exp: EXP };

function run(events: MeetingEvent[], clock: MeetingClock = BEFORE_EXP): MeetingState {
  return events.reduce((state, event) => reduceMeeting(state, event, clock), INITIAL_MEETING_STATE);
}

function error(name: string, extra: Partial<MeetingError> = {}): MeetingEvent {
  return { kind: 'error', error: { name, isFatal: false, ...extra } };
}

const JOINED: MeetingEvent = { kind: 'joined', id: 'me', visitor: false };

describe('reduceMeeting', () => {
  it('starts joining and is in the meeting once joined', () => {
    expect(INITIAL_MEETING_STATE.phase).toEqual({ status: 'joining' });
    const state = run([JOINED]);
    expect(state.phase).toEqual({ status: 'in-meeting' });
    expect(state.localId).toBe('me');
    expect(state.role).toBeUndefined();
  });

  it('takes the local role whether it comes before or after the join, and ignores others', () => {
    const before = run([{ kind: 'role-changed', id: 'me', role: 'moderator' }, JOINED]);
    expect(before.role).toBe('moderator');
    const after = run([
      JOINED,
      { kind: 'role-changed', id: 'someone', role: 'moderator' },
      { kind: 'role-changed', id: 'me', role: 'participant' },
    ]);
    expect(after.role).toBe('participant');
    expect(after.roles).toEqual({ someone: 'moderator', me: 'participant' });
    const other = run([JOINED, { kind: 'role-changed', id: 'someone', role: 'moderator' }]);
    expect(other.role).toBeUndefined();
  });

  it('keeps the visitor flag of the join', () => {
    expect(run([{ kind: 'joined', id: 'v', visitor: true }]).visitor).toBe(true);
  });

  it('waits in the lobby, for the host, and for a room password; then joins', () => {
    expect(run([error('conference.connectionError.membersOnly')]).phase).toEqual({
      status: 'waiting',
      reason: 'lobby',
    });
    expect(run([error('conference.authenticationRequired')]).phase).toEqual({
      status: 'waiting',
      reason: 'host',
    });
    expect(run([{ kind: 'room-password' }]).phase).toEqual({
      status: 'waiting',
      reason: 'room-password',
    });
    expect(run([error('conference.passwordRequired')]).phase).toEqual({
      status: 'waiting',
      reason: 'room-password',
    });
    expect(run([error('conference.connectionError.membersOnly'), JOINED]).phase).toEqual({
      status: 'in-meeting',
    });
  });

  it('is refused at login, at the room, by the lobby, and when full, keeping the server text', () => {
    const login = error('connection.passwordRequired', {
      message: "invalid 'iss' claim",
      type: 'CONNECTION',
    });
    expect(run([login]).phase).toEqual({
      status: 'refused',
      stage: 'login',
      error: {
        name: 'connection.passwordRequired',
        message: "invalid 'iss' claim",
        type: 'CONNECTION',
        isFatal: false,
      },
    });
    expect(run([error('conference.connectionError.notAllowed')]).phase).toMatchObject({
      status: 'refused',
      stage: 'room',
    });
    expect(run([error('conference.connectionError.accessDenied')]).phase).toMatchObject({
      status: 'refused',
      stage: 'lobby',
    });
    expect(run([error('conference.max_users')]).phase).toMatchObject({
      status: 'refused',
      stage: 'full',
    });
  });

  it('reads a login refusal after exp, or with the exp reason, as an expired token', () => {
    const refused = error('connection.passwordRequired', { type: 'CONNECTION' });
    expect(run([JOINED, refused], AFTER_EXP).phase).toMatchObject({ status: 'token-expired' });
    const reason = error('connection.passwordRequired', {
      message: 'Not acceptable by exp (12 sec since expired)',
    });
    expect(run([reason], BEFORE_EXP).phase).toMatchObject({ status: 'token-expired' });
  });

  it('reads the token_expired error as an expired token, before or after exp', () => {
    expect(run([JOINED, error('connection.token_expired')]).phase).toEqual({
      status: 'token-expired',
      error: { name: 'connection.token_expired', isFatal: false },
    });
  });

  it('reads a connection lost for good after exp as needing a fresh token, not before', () => {
    const dropped = error('connection.droppedError', { type: 'CONNECTION', isFatal: true });
    expect(run([JOINED, dropped], AFTER_EXP).phase).toMatchObject({ status: 'token-expired' });
    expect(run([JOINED, dropped], BEFORE_EXP).phase).toEqual({ status: 'in-meeting' });
    expect(run([JOINED, dropped], { now: EXP + 60 }).phase).toEqual({ status: 'in-meeting' });
  });

  it('never changes a working meeting because exp passed', () => {
    const state = run([JOINED, { kind: 'role-changed', id: 'me', role: 'moderator' }], AFTER_EXP);
    expect(state.phase).toEqual({ status: 'in-meeting' });
    const notFatal = error('conference.iceFailed', { type: 'CONFERENCE', isFatal: true });
    expect(run([JOINED, notFatal], AFTER_EXP).phase).toEqual({ status: 'in-meeting' });
  });

  it('ends on leaving, closing, or a conference ended by the host', () => {
    expect(run([JOINED, { kind: 'left' }]).phase).toEqual({ status: 'ended', reason: 'left' });
    expect(run([JOINED, { kind: 'ready-to-close' }]).phase).toEqual({
      status: 'ended',
      reason: 'closed',
    });
    expect(run([JOINED, error('conference.destroyed'), { kind: 'left' }]).phase).toEqual({
      status: 'ended',
      reason: 'ended-by-host',
    });
  });

  it('keeps a refusal or an expiry when the frame then leaves or closes', () => {
    const refused = error('conference.connectionError.notAllowed');
    expect(run([refused, { kind: 'left' }, { kind: 'ready-to-close' }]).phase).toMatchObject({
      status: 'refused',
      stage: 'room',
    });
    expect(
      run([error('connection.token_expired'), { kind: 'room-password' }, { kind: 'left' }]).phase,
    ).toMatchObject({ status: 'token-expired' });
  });

  it('returns the same state for events that change nothing', () => {
    const joined = run([JOINED]);
    expect(reduceMeeting(joined, { kind: 'knocking', id: 'k' }, BEFORE_EXP)).toBe(joined);
    expect(reduceMeeting(joined, error('conference.chatError'), BEFORE_EXP)).toBe(joined);
  });
});
