import type { Messages } from '../../message.ts';

/** English, the part shown after the join screen (meeting, errors, config error): on demand. */
export const messages = {
  'meeting.onDomain': 'on {domain}',
  'meeting.leave': 'Leave',
  'meeting.scriptFailed': 'The meeting could not start. Select Leave, then Rejoin.',
  'meeting.token': 'Token',
  'meeting.tokenPanelFailed': 'The token panel could not be shown; the meeting goes on.',
  'left.title': 'You left {room}',
  'left.rejoin': 'Rejoin',
  'left.joinAnother': 'Join another room',
  'configError.title': 'The launcher is not configured correctly',
  'configError.missing':
    '{url} answered {status}: the runtime config is missing. Put config.json beside index.html (see "Configuration" in the README).',
  'configError.unreachable':
    'The launcher could not read {url} or load its own code: the server did not answer. Reload the page.',
  'configError.timeout':
    '{url} did not arrive within {seconds} s: the web server that hosts the launcher is not answering. Try again in a moment.',
  'configError.tooLarge':
    "{url} is larger than {mebibytes} MiB, so it is not the launcher's config and was not read. Put the launcher's config.json (a few kB) beside index.html.",
  'configError.retry': 'Try again',
  'configError.notJson':
    '{url} is not valid JSON. Look for a missing comma or quote, or a comment (JSON has none).',
  'configError.invalid': {
    one: '{url} has a problem to fix.',
    other: '{url} has {count} problems to fix.',
  },
  'configError.fieldsCaption': 'Fields to fix in {url}',
  'configError.field': 'Field',
  'configError.problem': 'Problem',
  'configError.fix': 'Fix',
  'configError.operator':
    'The operator of this site edits {configFile} beside {indexFile}; no rebuild is needed. Reload this page after the change.',
  'meetingWatch.rejoining': 'Reconnecting with a fresh pass…',
  'meetingWatch.rejoin': 'Rejoin',
  'meetingWatch.lobby.title': 'Waiting in the lobby',
  'meetingWatch.lobby.message':
    'This meeting has a lobby: a moderator lets you in. Please wait here.',
  'meetingWatch.host.title': 'Waiting for the host',
  'meetingWatch.host.message': 'The meeting starts when a moderator joins. Please wait here.',
  'meetingWatch.password.title': 'This meeting has a password',
  'meetingWatch.password.message':
    "Enter the meeting's password in the meeting below. If you do not have it, ask the organiser.",
  'meetingWatch.login.title': 'The meeting server did not accept your pass',
  'meetingWatch.login.message': 'The meeting server refused the pass the launcher got for you.',
  'meetingWatch.login.fix':
    "Try Rejoin for a fresh pass. If it happens again, send the details to the site's administrator.",
  'meetingWatch.room.title': 'Not allowed into this room',
  'meetingWatch.room.message': 'The meeting server accepted your pass, but not for this room.',
  'meetingWatch.room.fix':
    "Check the room name, then send the details to the site's administrator.",
  'meetingWatch.lobbyDenied.title': 'Not let in',
  'meetingWatch.lobbyDenied.message': 'A moderator declined your request to join.',
  'meetingWatch.lobbyDenied.fix': 'Ask the organiser to let you in, then Rejoin.',
  'meetingWatch.full.title': 'The meeting is full',
  'meetingWatch.full.message': 'The meeting has reached its limit of participants.',
  'meetingWatch.full.fix': 'Try Rejoin later.',
  'meetingWatch.rejoinFailed.title': 'Could not reconnect',
  'meetingWatch.rejoinFailed.message':
    'Your pass to the meeting expired, and no fresh one came ({cause}).',
  'meetingWatch.rejoinFailed.fix': 'Select Rejoin to try again.',
  'meetingWatch.limit.title': 'The connection was lost',
  'meetingWatch.limit.message': {
    one: 'Your pass to the meeting expired, and the launcher already reconnected you once in 10 minutes.',
    other:
      'Your pass to the meeting expired, and the launcher already reconnected you {count} times in 10 minutes.',
  },
  'meetingWatch.limit.fix': 'Select Rejoin to join again with a fresh pass.',
  'meetingWatch.ended.title': 'The meeting was ended',
  'meetingWatch.ended.message': 'A moderator ended this meeting for everyone.',
} as const satisfies Messages;
