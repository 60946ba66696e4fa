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
  'framing.title': 'This meeting service cannot be used inside this page',
  'framing.noParents':
    'It is shown inside {origin}, and it is not set up to be part of other pages.',
  'framing.noParentsUnnamed':
    'It is shown inside another page, and it is not set up to be part of other pages.',
  'framing.notAllowed':
    'It is shown inside {origin}, which is not one of the pages allowed to show it.',
  'framing.notAllowedUnnamed':
    'It is shown inside another page, which is not one of the pages allowed to show it.',
  'framing.unknown':
    'It is shown inside another page, and this browser does not say which, so it cannot check that the page is allowed to show it.',
  'framing.risk':
    'A page that hides the meeting service could make one click join a meeting in your name.',
  'framing.openOwnTab': 'Open the meeting service in its own tab',
  'configError.title': 'This page is not set up correctly',
  'configError.plain':
    "Joining cannot work until it is fixed: send this page's address to the site's administrator.",
  'configError.plainRetry':
    'The page could not load what it needs: check your connection, then select Try again.',
  'configError.forOperator': "For the site's administrator",
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
  'meetingWatch.login.message': 'The meeting server refused the pass this page got for you.',
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
    one: 'Your pass to the meeting expired, and you were already reconnected once in 10 minutes.',
    other:
      'Your pass to the meeting expired, and you were already reconnected {count} times in 10 minutes.',
  },
  'meetingWatch.limit.fix': 'Select Rejoin to join again with a fresh pass.',
  'meetingWatch.ended.title': 'The meeting was ended',
  'meetingWatch.ended.message': 'A moderator ended this meeting for everyone.',
  'error.choose-server.title': 'Choose a meeting server',
  'error.choose-server.message': 'Choose a meeting server from the list, then select Join.',
  'error.enter-room.title': 'Enter the room name',
  'error.enter-room.message': 'Type the name of the meeting room, then select Join.',
  'error.check-room.title': 'Check the room name',
  'error.check-room.message': 'This room name cannot be used: change it, then select Join.',
  'error.enter-name.title': 'Enter your name',
  'error.enter-name.message': 'Type the name the others will see, then select Join.',
  'error.sign-in.title': 'Sign in to join',
  'error.sign-in.message': 'You need to sign in before you can join: select Sign in.',
  'error.sign-in-elsewhere.title': 'Sign in to join',
  'error.sign-in-elsewhere.message':
    "Sign in to your organisation's website in this browser, then select Try again.",
  'error.not-allowed.title': 'You cannot join this meeting',
  'error.not-allowed.message':
    'Your account is not allowed to join this meeting: ask the person who invited you.',
  'error.set-up.title': 'This page is not set up correctly',
  'error.set-up.message':
    'Joining cannot work until it is fixed: send the details below to your administrator.',
  'error.busy.title': 'Too many people are joining',
  'error.busy.message': 'Wait a minute, then select Try again.',
  'error.unavailable.title': 'Joining is not available right now',
  'error.unavailable.message': 'Wait a moment, then select Try again.',
  'error.slow.title': 'This is taking too long',
  'error.slow.message': 'The answer did not come in time: select Try again.',
  'error.offline.title': 'Could not connect',
  'error.offline.message':
    "Check that you are connected to the internet or to your organisation's network, then select Try again.",
  'error.signed-out.title': 'You may have been signed out',
  'error.signed-out.message':
    "Sign in to your organisation's website in this browser, then select Try again.",
  'error.refused.title': 'The meeting would not let you in',
  'error.refused.message':
    'Your access to this room could not be confirmed: send the details below to your administrator.',
  'error.expired.title': 'Your access has run out',
  'error.expired.message':
    'Check that the date and time on this device are right, then select Try again; if they are, send the details below to your administrator.',
  'error.incomplete.title': 'The page did not load completely',
  'error.incomplete.message': 'Check your connection, then select Try again.',
  'error.no-access.title': 'Could not get access to the meeting',
  'error.no-access.message':
    'Select Try again; if it keeps happening, send the details below to your administrator.',
  'error.cancelled.title': 'Joining was cancelled',
  'error.cancelled.message': 'Select Try again to join.',
  'error.server-unreachable.title': 'The meeting server cannot be reached',
  'error.server-unreachable.message': 'Check your connection, then select Try again.',
  'error.server-slow.title': 'The meeting server is too slow',
  'error.server-slow.message': 'Wait a moment, then select Try again.',
  'error.unexpected.title': 'Something went wrong',
  'error.unexpected.message': 'Select Try again; if it keeps happening, reload the page.',
  'error.detail.happened': 'What happened',
  'error.detail.fix': 'How to fix it',
  'error.detail.server': 'The meeting server would answer',
  'error.detail.check': 'Failed check',
  'error.detail.status': 'HTTP status',
  'error.detail.address': 'Address',
  'error.detail.code': 'Error code',
  'error.detail.line': '{label}: {value}',
  'error.retry': 'Try again',
  'error.signIn': 'Sign in',
  'error.otherServer': 'Choose another meeting server',
  'error.details': 'Details for your administrator',
  'error.copy': 'Copy details',
  'error.copied': 'Copied. Paste the details into your message to your administrator.',
  'error.cannotCopy': 'This page cannot copy: select the details above and copy them yourself.',
  'error.help': 'Need help?',
  'error.popup': 'Finish signing in in the window that opened: this page carries on by itself.',
  'error.blocked':
    'Your browser blocked the sign-in window. Open the sign-in page, sign in, then come back here.',
  'error.openSignIn': 'Open the sign-in page',
} as const satisfies Messages;
