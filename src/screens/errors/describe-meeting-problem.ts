import { describeTime } from '../../core/format-time.ts';
import { show } from '../../core/judge/make-check.ts';
import { normalizeRoomName } from '../../core/normalize-room.ts';
import { t } from '../../i18n/translate.ts';
import { askedRole } from '../../meeting/asked-role.ts';
import { compareRoles } from '../../meeting/describe-role.ts';
import type { MeetingError } from '../../meeting/meeting-events.ts';
import type { MeetingState, RefusalStage, WaitReason } from '../../meeting/meeting-state.ts';
import { REJOIN_LIMIT } from '../../meeting/rejoin-policy.ts';
import type { Meeting } from '../../store/launcher-store.ts';
import type { RejoinState } from '../../store/meeting-watch.ts';
import type { AdminLine } from './admin-details.tsx';
import { describeJoinError } from './describe-join-error.ts';
import { errorWords } from './error-words.ts';

/**
 * What the user reads about the meeting when it is not simply going on: a wait, a refusal, a
 * lost connection, in the user's language. `details` are for the site's administrator (what the
 * server said, what the launcher predicted), in English as the servers write them.
 */
export interface MeetingProblem {
  /** A stable name for tests and styles, such as `refused-login` or `waiting-lobby`. */
  kind: string;
  title: string;
  message: string;
  fix?: string;
  details: AdminLine[];
  action: 'rejoin' | 'none';
}

/** Each wait's words in the catalog, and what the meeting reported, for the administrator. */
const WAITS = {
  lobby: {
    words: 'meetingWatch.lobby',
    detail:
      "The meeting reported conference.connectionError.membersOnly: the room's lobby is on, and this token does not let its holder skip it.",
  },
  host: {
    words: 'meetingWatch.host',
    detail:
      'The meeting reported conference.authenticationRequired: only a moderator can start this room, and none has joined yet.',
  },
  'room-password': {
    words: 'meetingWatch.password',
    detail:
      "The meeting reported passwordRequired: the room is locked with its own password, which is not the token's business.",
  },
} as const satisfies Record<WaitReason, { words: string; detail: string }>;

const REFUSALS = {
  login: 'meetingWatch.login',
  room: 'meetingWatch.room',
  lobby: 'meetingWatch.lobbyDenied',
  full: 'meetingWatch.full',
} as const satisfies Record<RefusalStage, string>;

function reported(error: MeetingError): string {
  const said = error.message === undefined ? '' : `: "${error.message}"`;
  const kind = [error.type, error.isFatal ? 'fatal' : undefined].filter(Boolean).join(', ');
  return `The meeting reported ${error.name}${said}${kind === '' ? '' : ` (${kind})`}.`;
}

function claimText(value: unknown): string {
  return value === undefined ? 'missing' : show(value);
}

/** The prediction beside the server's answer: a bug report for us or an unstated setting. */
function predictedVersusActual(
  stage: RefusalStage,
  error: MeetingError,
  meeting: Meeting,
): string[] {
  const reason = error.message ?? error.name;
  if (stage === 'login') {
    return [
      `The launcher predicted the server would accept this token; the server refused it at login with "${reason}".`,
      'At login the server also checks what the launcher cannot see here: the signature (app_secret or the asap_key_server key) and any issuer, audience or other setting that config.json\'s "server" does not state.',
    ];
  }
  if (stage === 'room') {
    const payload = meeting.decoded.payload;
    const subTarget =
      meeting.tenant === undefined
        ? 'the XMPP domain (docker-jitsi-meet: meet.jitsi), not the public host name'
        : `the tenant "${meeting.tenant.toLowerCase()}"`;
    return [
      `The launcher predicted the server would accept this token; the server refused it at the room with "${reason}".`,
      `The room join compares the room claim (${claimText(payload.room)}) with the room "${normalizeRoomName(meeting.room)}", and sub (${claimText(payload.sub)}) with ${subTarget}, or "*". With enable_domain_verification off on the server, sub is not compared.`,
    ];
  }
  return [];
}

function roleLines(meeting: Meeting, state: MeetingState): string[] {
  const roles = compareRoles(askedRole(meeting.decoded.payload), state.role);
  const lines = [`Role asked: ${roles.asked}. Role granted: ${roles.granted}.`];
  return roles.explanation === undefined ? lines : [...lines, roles.explanation];
}

function expiryLines(state: MeetingState, meeting: Meeting, now: number): string[] {
  const lines: string[] = [];
  if (state.phase.status === 'token-expired') lines.push(reported(state.phase.error));
  const exp = meeting.decoded.payload.exp;
  if (typeof exp === 'number') {
    lines.push(
      `The token's exp: ${describeTime(exp, now)}. Jitsi checks exp only when a connection logs in: the meeting goes on past it, and a new login after it needs a fresh token.`,
    );
  }
  return lines;
}

/**
 * The problem to show for the meeting's state and the launcher's rejoin, or `undefined` while
 * the meeting is joining or going on. `now` is in seconds.
 */
export function describeMeetingProblem(
  state: MeetingState,
  rejoin: RejoinState,
  meeting: Meeting,
  now: number,
): MeetingProblem | undefined {
  const phase = state.phase;
  if (rejoin.status === 'failed') {
    const why = describeJoinError(rejoin.error, { domainCount: 1 });
    return {
      kind: 'rejoin-failed',
      title: t('meetingWatch.rejoinFailed.title'),
      message: t('meetingWatch.rejoinFailed.message', { cause: errorWords(why)[0] }),
      fix: t('meetingWatch.rejoinFailed.fix'),
      details: [
        ...expiryLines(state, meeting, now),
        `Fetching a fresh token failed: ${rejoin.error.kind}.`,
        ...why.details,
      ],
      action: 'rejoin',
    };
  }
  if (rejoin.status === 'limit') {
    return {
      kind: 'rejoin-limit',
      title: t('meetingWatch.limit.title'),
      message: t('meetingWatch.limit.message', { count: REJOIN_LIMIT }),
      fix: t('meetingWatch.limit.fix'),
      details: [
        ...expiryLines(state, meeting, now),
        `The launcher rejoins by itself at most ${REJOIN_LIMIT} times in 10 minutes, so that a server refusing every fresh token cannot keep it looping. Tokens that live longer, or a steadier network, avoid this.`,
      ],
      action: 'rejoin',
    };
  }
  switch (phase.status) {
    case 'waiting': {
      const wait = WAITS[phase.reason];
      return {
        kind: `waiting-${phase.reason}`,
        title: t(`${wait.words}.title`),
        message: t(`${wait.words}.message`),
        details: [wait.detail, ...roleLines(meeting, state)],
        action: 'none',
      };
    }
    case 'refused': {
      const words = REFUSALS[phase.stage];
      return {
        kind: `refused-${phase.stage}`,
        title: t(`${words}.title`),
        message: t(`${words}.message`),
        fix: t(`${words}.fix`),
        details: [
          reported(phase.error),
          ...predictedVersusActual(phase.stage, phase.error, meeting),
          ...roleLines(meeting, state),
        ],
        action: 'rejoin',
      };
    }
    case 'ended':
      if (phase.reason !== 'ended-by-host') return undefined;
      return {
        kind: 'ended-by-host',
        title: t('meetingWatch.ended.title'),
        message: t('meetingWatch.ended.message'),
        details: ['The meeting reported conference.destroyed.'],
        action: 'none',
      };
    case 'joining':
    case 'in-meeting':
    case 'token-expired':
      return undefined;
  }
}

/** The one line shown while the launcher rejoins by itself, or `undefined`. */
export function rejoinStatusLine(state: MeetingState, rejoin: RejoinState): string | undefined {
  const reconnecting =
    rejoin.status === 'rejoining' ||
    (rejoin.status === 'rejoined' && state.phase.status === 'joining');
  return reconnecting ? t('meetingWatch.rejoining') : undefined;
}
