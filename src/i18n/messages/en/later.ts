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
} as const satisfies Messages;
