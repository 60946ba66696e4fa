import type { LauncherState } from '../store/launcher-store.ts';

/** What the parent page hears: never a token, a claim or the user's email. */
export interface EmbedMessage {
  type: 'jitsi-launcher';
  event: string;
  room: string;
  domain: string;
  /** On `error`: the error's kind; on `waiting`: what for (`lobby`, `host`, `room-password`). */
  kind?: string;
  /** On `role`: the role the meeting granted (`moderator`, `participant`, …). */
  role?: string;
  /** On `rejoined`: how many times the launcher rejoined with a fresh token in this meeting. */
  count?: number;
}

/** The parts of the launcher's state the events are read from. */
export type EmbedView = Pick<
  LauncherState,
  'config' | 'phase' | 'form' | 'meetingState' | 'rejoinState'
>;

interface EmbedEvent {
  event: string;
  /** Whether the event happened between two states of the store. */
  happened(before: EmbedView, after: EmbedView): boolean;
  /** Fields beside room and domain (plain words and codes only). */
  detail?(after: EmbedView): Pick<EmbedMessage, 'kind' | 'role' | 'count'>;
}

const inMeeting = (view: EmbedView) =>
  view.phase.status === 'in-meeting' && view.meetingState.phase.status === 'in-meeting';
const refused = (view: EmbedView) =>
  view.phase.status === 'in-meeting' && view.meetingState.phase.status === 'refused';
/** What the user waits for in the meeting, if anything. */
const waitingFor = (view: EmbedView) =>
  view.phase.status === 'in-meeting' && view.meetingState.phase.status === 'waiting'
    ? view.meetingState.phase.reason
    : undefined;
const grantedRole = (view: EmbedView) =>
  view.phase.status === 'in-meeting' ? view.meetingState.role : undefined;
const rejoins = (view: EmbedView) =>
  view.rejoinState.status === 'rejoined' ? view.rejoinState.count : 0;

/** Every event, in the order they are posted when several happen at once. One line each. */
export const EMBED_EVENTS: readonly EmbedEvent[] = [
  {
    event: 'ready',
    happened: (before, after) =>
      before.config.status !== 'ready' && after.config.status === 'ready',
  },
  {
    event: 'joining',
    happened: (before, after) =>
      before.phase.status !== 'joining' && after.phase.status === 'joining',
  },
  {
    event: 'rejoined',
    happened: (before, after) => rejoins(after) > rejoins(before),
    detail: (after) => ({ count: rejoins(after) }),
  },
  {
    event: 'waiting',
    happened: (before, after) =>
      waitingFor(after) !== undefined && waitingFor(after) !== waitingFor(before),
    detail: (after) => {
      const reason = waitingFor(after);
      return reason === undefined ? {} : { kind: reason };
    },
  },
  { event: 'joined', happened: (before, after) => !inMeeting(before) && inMeeting(after) },
  {
    event: 'role',
    happened: (before, after) =>
      grantedRole(after) !== undefined && grantedRole(after) !== grantedRole(before),
    detail: (after) => {
      const role = grantedRole(after);
      return role === undefined ? {} : { role };
    },
  },
  {
    event: 'error',
    happened: (before, after) =>
      (before.phase.status !== 'failed' && after.phase.status === 'failed') ||
      (!refused(before) && refused(after)),
    detail: (after) => ({
      kind: after.phase.status === 'failed' ? after.phase.error.kind : 'meeting-refused',
    }),
  },
  {
    event: 'left',
    happened: (before, after) =>
      before.phase.status === 'in-meeting' && after.phase.status !== 'in-meeting',
  },
];

/** Where the events are about: the meeting in progress or just left, else the join form. */
function place(before: EmbedView, after: EmbedView): { room: string; domain: string } {
  for (const view of [after, before]) {
    if (view.phase.status === 'in-meeting') {
      return { room: view.phase.meeting.room, domain: view.phase.meeting.domain };
    }
  }
  return { room: after.form.room, domain: after.form.domain };
}

/** The messages for what happened between two states of the store. */
export function embedMessages(before: EmbedView, after: EmbedView): EmbedMessage[] {
  return EMBED_EVENTS.filter((rule) => rule.happened(before, after)).map((rule) => ({
    type: 'jitsi-launcher',
    event: rule.event,
    ...place(before, after),
    ...rule.detail?.(after),
  }));
}
