import { describe, expect, it } from 'vitest';
import type { ExternalApiListener } from '../../src/meeting/external-api.ts';
import {
  listenToMeeting,
  MEETING_EVENT_NAMES,
  type MeetingEvent,
  readMeetingEvent,
} from '../../src/meeting/meeting-events.ts';

describe('readMeetingEvent', () => {
  it('reads errorOccurred as jitsi-meet sends it ({error: {...}}) and as the handbook shows it', () => {
    const fields = {
      name: 'connection.passwordRequired',
      message: 'Not acceptable by exp',
      type: 'CONNECTION',
      isFatal: false,
      details: { anything: 1 },
    };
    const expected: MeetingEvent = {
      kind: 'error',
      error: {
        name: 'connection.passwordRequired',
        message: 'Not acceptable by exp',
        type: 'CONNECTION',
        isFatal: false,
      },
    };
    expect(readMeetingEvent('errorOccurred', { error: fields })).toEqual(expected);
    expect(readMeetingEvent('errorOccurred', fields)).toEqual(expected);
  });

  it("shows controls in the frame's words as escapes, and cuts them at 300 characters", () => {
    const event = readMeetingEvent('errorOccurred', {
      error: { name: 'conference.x', message: `\u202eDETTIMDA\n${'x'.repeat(400)}` },
    });
    expect(event).toEqual({
      kind: 'error',
      error: {
        name: 'conference.x',
        message: `\\u202eDETTIMDA\\u000a${'x'.repeat(290)}…`,
        isFatal: false,
      },
    });
  });

  it('drops what it cannot use and never trusts the payload', () => {
    expect(readMeetingEvent('errorOccurred', { error: { message: 'no name' } })).toBeUndefined();
    expect(readMeetingEvent('errorOccurred', 'text')).toBeUndefined();
    expect(readMeetingEvent('participantRoleChanged', { id: 'a' })).toBeUndefined();
    expect(
      readMeetingEvent('participantRoleChanged', { id: 7, role: 'moderator' }),
    ).toBeUndefined();
    expect(readMeetingEvent('errorOccurred', { error: { name: 'x', isFatal: 'yes' } })).toEqual({
      kind: 'error',
      error: { name: 'x', isFatal: false },
    });
  });

  it('reads the join, role, lobby knock, password and close events', () => {
    expect(
      readMeetingEvent('videoConferenceJoined', { roomName: 'r', id: 'abc', visitor: true }),
    ).toEqual({ kind: 'joined', id: 'abc', visitor: true });
    expect(readMeetingEvent('videoConferenceJoined', undefined)).toEqual({
      kind: 'joined',
      visitor: false,
    });
    expect(readMeetingEvent('participantRoleChanged', { id: 'abc', role: 'moderator' })).toEqual({
      kind: 'role-changed',
      id: 'abc',
      role: 'moderator',
    });
    expect(
      readMeetingEvent('knockingParticipant', { participant: { id: 'k', name: 'Kim' } }),
    ).toEqual({ kind: 'knocking', id: 'k', name: 'Kim' });
    expect(readMeetingEvent('passwordRequired', undefined)).toEqual({ kind: 'room-password' });
    expect(readMeetingEvent('readyToClose', undefined)).toEqual({ kind: 'ready-to-close' });
    expect(readMeetingEvent('videoConferenceLeft', { roomName: 'r' })).toEqual({ kind: 'left' });
  });
});

describe('listenToMeeting', () => {
  function fakeApi() {
    const listeners = new Map<string, ExternalApiListener>();
    return {
      listeners,
      addListener: (event: string, listener: ExternalApiListener) => listeners.set(event, listener),
      removeListener: (event: string, listener: ExternalApiListener) => {
        if (listeners.get(event) === listener) listeners.delete(event);
      },
      dispose: () => undefined,
    };
  }

  it('subscribes to every event it reads and unsubscribes from all of them', () => {
    const api = fakeApi();
    const heard: MeetingEvent[] = [];
    const stop = listenToMeeting(api, (event) => heard.push(event));
    expect([...api.listeners.keys()].sort()).toEqual([...MEETING_EVENT_NAMES].sort());
    api.listeners.get('participantRoleChanged')?.({ id: 'me', role: 'moderator' });
    api.listeners.get('participantRoleChanged')?.({ nothing: true });
    expect(heard).toEqual([{ kind: 'role-changed', id: 'me', role: 'moderator' }]);
    stop();
    expect(api.listeners.size).toBe(0);
  });

  it('keeps the frame emitting when the launcher handler throws', () => {
    const api = fakeApi();
    listenToMeeting(api, () => {
      throw new Error('bug');
    });
    expect(() => api.listeners.get('readyToClose')?.(undefined)).not.toThrow();
  });

  it('hears nothing from an API object without listener methods', () => {
    const stop = listenToMeeting({ dispose: () => undefined }, () => undefined);
    expect(stop).not.toThrow();
  });
});
