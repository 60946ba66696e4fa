import { parseArgs } from 'node:util';
import { inspectToken } from '../core/inspect-token.ts';
import { parseMeetingUrl } from '../core/parse-meeting-url.ts';
import { formatVerdict, verdictJson } from './format-verdict.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { readProfileFile } from './read-profile-file.ts';

export const INSPECT_HELP = `Usage: jitsi-jwt inspect [TOKEN|-] --profile FILE.json --url https://DOMAIN[/TENANT]/ROOM [--json] [--at UNIX_TIME]

Judges a token as the Jitsi server described by the profile would: the login, then the room join,
every check in the server's order with its reason text and the fix.

  TOKEN              the JWT; "-" or nothing reads it from standard input
  --profile FILE     JSON of prosody settings: app_id, app_secret | asap_key_server | public_key,
                     asap_accepted_issuers, asap_accepted_audiences, signature_algorithm,
                     asap_require_room_claim, allow_empty_token, enable_domain_verification,
                     muc_mapper_domain_base, older_release, jaas, or "preset": "docker-hs256" |
                     "docker-asap" | "prosody-hs256" | "jaas"; or docker-jitsi-meet's .env
                     (ENABLE_AUTH, AUTH_TYPE, JWT_*, XMPP_DOMAIN), its warnings on stderr
  --url URL          the meeting: https://DOMAIN/ROOM or https://DOMAIN/TENANT/ROOM
  --json             print {"login": {...}, "join": {...}, "checks": [...]}
  --at UNIX_TIME     judge at this time (seconds since 1970) instead of now
  --timeout MS       key server timeout (default 5000)

Exit status: 0 the server accepts login and join, 1 it refuses, 2 unusable input.
`;

export async function inspectCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      url: { type: 'string' },
      json: { type: 'boolean', default: false },
      at: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(INSPECT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1)
    throw new UsageError('Give one token (or "-" to read it from standard input).');
  const profile = await readProfileFile(io, values.profile);
  if (!values.url)
    throw new UsageError(
      '--url is required: the meeting URL, e.g. https://meet.example.com/DailyStandup.',
    );
  const target = parseMeetingUrl(values.url);
  if (!target.ok) throw new UsageError(target.error.message);
  let now = io.now();
  if (values.at !== undefined) {
    if (!/^\d+$/.test(values.at))
      throw new UsageError('--at takes a Unix time in seconds, e.g. --at 1767225600.');
    now = Number(values.at);
  }
  const timeoutMs = values.timeout === undefined ? 5000 : Number(values.timeout);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new UsageError('--timeout takes milliseconds, e.g. --timeout 3000.');
  const given = positionals[0];
  const token = given === undefined || given === '-' ? await io.readStdin() : given;
  const verdict = await inspectToken(token, profile, target.value, {
    now,
    fetch: io.fetch,
    timeoutMs,
  });
  io.out(values.json ? verdictJson(verdict) : formatVerdict(verdict));
  return verdict.login.ok && verdict.join.ok ? EXIT.ok : EXIT.refused;
}
