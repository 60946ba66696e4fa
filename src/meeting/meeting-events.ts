import { isJsonObject } from '../core/json-guards.ts';
import type { JsonObject } from '../core/types.ts';
import { visibleText } from '../core/visible-text.ts';
import type { ExternalApi, ExternalApiListener } from './external-api.ts';

/**
 * An error the meeting frame reported (`errorOccurred`). `name` is lib-jitsi-meet's code, such
 * as `connection.passwordRequired`; `message` is the server's reason text when there is one.
 */
export interface MeetingError {
  name: string;
  message?: string;
  /** 'CONNECTION', 'CONFERENCE' or 'CONFIG'. */
  type?: string;
  isFatal: boolean;
}

/** What the launcher hears from the meeting frame, narrowed from the IFrame API's payloads. */
export type MeetingEvent =
  | { kind: 'joined'; id?: string; visitor: boolean }
  | { kind: 'left' }
  | { kind: 'role-changed'; id: string; role: string }
  | { kind: 'error'; error: MeetingError }
  | { kind: 'ready-to-close' }
  | { kind: 'room-password' }
  | { kind: 'knocking'; id?: string; name?: string };

/** The IFrame API events the launcher listens to (their public names). */
export const MEETING_EVENT_NAMES = [
  'videoConferenceJoined',
  'videoConferenceLeft',
  'participantRoleChanged',
  'errorOccurred',
  'readyToClose',
  'passwordRequired',
  'knockingParticipant',
] as const;

export type MeetingEventName = (typeof MEETING_EVENT_NAMES)[number];

/** A string the meeting frame sent, quotable on screen (see visibleText). */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? visibleText(value, 300) : undefined;
}

function withOptional<T extends object, K extends string, V>(
  base: T,
  key: K,
  value: V | undefined,
): T & Partial<Record<K, V>> {
  return value === undefined ? base : { ...base, [key]: value };
}

/**
 * jitsi-meet's API sends `{name: 'error-occurred', error}` and external_api.js hands the rest
 * to the listener, so the payload is `{error: {name, message, type, isFatal}}`; the handbook
 * documents the same fields flat. Both shapes are read.
 */
function readError(payload: JsonObject): MeetingError | undefined {
  const source = isJsonObject(payload.error) ? payload.error : payload;
  const name = text(source.name);
  if (name === undefined) return undefined;
  let error: MeetingError = { name, isFatal: source.isFatal === true };
  error = withOptional(error, 'message', text(source.message));
  return withOptional(error, 'type', text(source.type));
}

/** Narrows one IFrame API event; a payload without what the launcher needs gives `undefined`. */
export function readMeetingEvent(
  name: MeetingEventName,
  payload: unknown,
): MeetingEvent | undefined {
  const data = isJsonObject(payload) ? payload : {};
  switch (name) {
    case 'videoConferenceJoined':
      return withOptional(
        { kind: 'joined' as const, visitor: data.visitor === true },
        'id',
        text(data.id),
      );
    case 'videoConferenceLeft':
      return { kind: 'left' };
    case 'participantRoleChanged': {
      const id = text(data.id);
      const role = text(data.role);
      return id === undefined || role === undefined
        ? undefined
        : { kind: 'role-changed', id, role };
    }
    case 'errorOccurred': {
      const error = readError(data);
      return error === undefined ? undefined : { kind: 'error', error };
    }
    case 'readyToClose':
      return { kind: 'ready-to-close' };
    case 'passwordRequired':
      return { kind: 'room-password' };
    case 'knockingParticipant': {
      const participant = isJsonObject(data.participant) ? data.participant : {};
      return withOptional(
        withOptional({ kind: 'knocking' as const }, 'id', text(participant.id)),
        'name',
        text(participant.name),
      );
    }
  }
}

export type ListenToMeeting = (
  api: ExternalApi,
  onEvent: (event: MeetingEvent) => void,
) => () => void;

/**
 * Subscribes to the meeting's events on `api`; returns the unsubscribe. A listener that throws
 * is the launcher's bug, never the meeting's: it is caught so the frame's own emitter goes on.
 */
export const listenToMeeting: ListenToMeeting = (api, onEvent) => {
  const added: Array<[MeetingEventName, ExternalApiListener]> = [];
  for (const name of MEETING_EVENT_NAMES) {
    const listener: ExternalApiListener = (payload) => {
      const event = readMeetingEvent(name, payload);
      if (event === undefined) return;
      try {
        onEvent(event);
      } catch {
        // The state stays as it was; the meeting itself is unaffected.
      }
    };
    try {
      api.addListener?.(name, listener);
      added.push([name, listener]);
    } catch {
      // An API that cannot take this listener is simply not heard on this event.
    }
  }
  return () => {
    for (const [name, listener] of added) {
      try {
        api.removeListener?.(name, listener);
      } catch {
        // The frame is going away either way.
      }
    }
  };
};
