import { parseArgs } from 'node:util';
import { parseMeetingUrl } from '../core/parse-meeting-url.ts';
import type { ServerProfile } from '../core/types.ts';
import { probeExitCode, probeJson } from '../probe/probe-json.ts';
import { meetingOrigin } from '../probe/probe-urls.ts';
import { DEFAULT_PROBE_TIMEOUT_MS, runProbe } from '../probe/run-probe.ts';
import { formatProbe } from './format-probe.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { readProfileFile } from './read-profile-file.ts';
import { signCommand } from './sign-command.ts';
import { jsonOutput } from './terminal-safe.ts';

export const PROBE_HELP = `Usage: jitsi-jwt probe https://DOMAIN[/TENANT]/ROOM [--token JWT|-] [--profile FILE.json] [--join] [--json]
                      [--websocket URL] [--xmpp-domain D] [--muc-domain D] [--at UNIX_TIME] [--timeout MS]
       jitsi-jwt probe https://DOMAIN[/TENANT]/ROOM --sign --profile FILE.json [sign options] [--join]

Asks the Jitsi server itself what it says to a token, connecting as its web client does, and shows
the launcher's prediction beside the answer. The login stage always runs (nobody in any meeting
sees it); the room stage only with --join (the probe joins as "token-probe" and leaves at once).

  --token JWT        the token; "-" or nothing reads it from standard input
  --sign             make the token now, as "jitsi-jwt sign" does (needs --profile; takes --room,
                     --name, --lifetime, --key, --kid, --claims, --force)
  --profile FILE     the server settings the prediction uses (see "jitsi-jwt inspect --help");
                     without it the signature and issuer are not predicted
  --join             also ask the focus for the conference and join the room
  --json             print {"server", "login", "join", "predicted", "agree", "notes", "timings"}
  --websocket URL    the XMPP WebSocket (default: config.js's websocket)
  --xmpp-domain D    the XMPP domain (default: config.js's hosts.domain)
  --muc-domain D     the conference domain (default: config.js's hosts.muc)
  --at UNIX_TIME     predict as if it were this time (the server uses its own clock)
  --timeout MS       the limit of each step: config.js, connect, login, focus, join (default ${DEFAULT_PROBE_TIMEOUT_MS})

Settings come from https://DOMAIN[/TENANT]/config.js, read, never run; with --websocket and
--xmpp-domain it is not fetched.
Exit status: 0 the server accepted every stage run, 1 it refused, 2 unusable input, 3 the server
could not be reached or spoke no XMPP.
`;

const SIGN_PASS_THROUGH = ['room', 'name', 'lifetime', 'key', 'kid', 'claims'] as const;

async function signNow(
  io: CliIo,
  meetingUrl: string,
  values: Record<string, string | boolean | undefined>,
): Promise<{ token: string } | { code: number }> {
  const args = ['--url', meetingUrl];
  if (typeof values.profile === 'string') args.push('--profile', values.profile);
  if (typeof values.at === 'string') args.push('--at', values.at);
  for (const name of SIGN_PASS_THROUGH) {
    const value = values[name];
    if (typeof value === 'string') args.push(`--${name}`, value);
  }
  if (values.force === true) args.push('--force');
  let token = '';
  const code = await signCommand(args, { ...io, out: (text) => (token += text) });
  return code === EXIT.ok ? { token: token.trim() } : { code };
}

export async function probeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      token: { type: 'string' },
      sign: { type: 'boolean', default: false },
      profile: { type: 'string' },
      join: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      websocket: { type: 'string' },
      'xmpp-domain': { type: 'string' },
      'muc-domain': { type: 'string' },
      at: { type: 'string' },
      timeout: { type: 'string' },
      room: { type: 'string' },
      name: { type: 'string' },
      lifetime: { type: 'string' },
      key: { type: 'string' },
      kid: { type: 'string' },
      claims: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(PROBE_HELP);
    return EXIT.ok;
  }
  const [meetingUrl, extra] = positionals;
  if (meetingUrl === undefined)
    throw new UsageError(
      'Give the meeting URL: jitsi-jwt probe https://meet.example.com/Room --token JWT.',
    );
  if (extra !== undefined)
    throw new UsageError(`Unexpected argument "${extra}". See jitsi-jwt probe --help.`);
  const target = parseMeetingUrl(meetingUrl);
  if (!target.ok) throw new UsageError(target.error.message);
  if (values.at !== undefined && !/^\d+$/.test(values.at))
    throw new UsageError('--at takes a Unix time in seconds, e.g. --at 1767225600.');
  const timeoutMs =
    values.timeout === undefined ? DEFAULT_PROBE_TIMEOUT_MS : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0 || timeoutMs > 120_000)
    throw new UsageError('--timeout takes milliseconds from 1 to 120000, e.g. --timeout 3000.');
  const signOnly = SIGN_PASS_THROUGH.filter((name) => values[name] !== undefined);
  if (!values.sign && (signOnly.length > 0 || values.force))
    throw new UsageError(
      `--${signOnly[0] ?? 'force'} makes a token: add --sign (or give the token with --token).`,
    );
  if (values.sign && values.token !== undefined)
    throw new UsageError('Give either --token or --sign, not both.');
  const profile: ServerProfile | undefined =
    values.profile === undefined ? undefined : await readProfileFile(io, values.profile);
  let token: string;
  if (values.sign) {
    if (profile === undefined)
      throw new UsageError(
        '--sign needs --profile FILE.json: the settings of the server to sign for.',
      );
    const signed = await signNow(io, meetingUrl, values);
    if ('code' in signed) return signed.code;
    token = signed.token;
  } else if (values.token === undefined || values.token === '-') {
    try {
      token = await io.readStdin();
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      throw new UsageError(
        'No token: give --token JWT, pipe it in (echo "$TOKEN" | jitsi-jwt probe URL), or make one with --sign.',
      );
    }
  } else {
    token = values.token;
  }
  const report = await runProbe({
    origin: meetingOrigin(meetingUrl),
    target: target.value,
    token: token.trim(),
    profile,
    overrides: {
      websocket: values.websocket,
      xmppDomain: values['xmpp-domain'],
      mucDomain: values['muc-domain'],
    },
    join: values.join,
    now: values.at === undefined ? io.now() : Number(values.at),
    timeoutMs,
    fetch: io.fetch,
  });
  io.out(values.json ? jsonOutput(probeJson(report)) : formatProbe(report));
  return probeExitCode(report);
}
