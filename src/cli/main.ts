import { version } from '../../package.json';
import { type CliIo, EXIT, nodeIo, UsageError } from './io.ts';

export const HELP = `Usage: jitsi-jwt <command> [options]

Check, sign and make keys for Jitsi JWTs exactly as a Jitsi server judges them.

Commands:
  inspect [TOKEN|-] --profile FILE.json --url URL [--json] [--at UNIX_TIME]
                    will the server accept this token? (exit 0 yes, 1 no, 2 unusable input)
  sign --profile FILE.json [--room R] [--name N] [--lifetime 1h] [--key FILE] [--kid KID] ...
                    print a token the server accepts (HS256 secret from $JITSI_JWT_SECRET)
  keygen --kid KID --out DIR
                    RSA key pair, JWKS and the asap_key_server file for the kid
  probe https://DOMAIN[/TENANT]/ROOM --token JWT [--profile FILE.json] [--join] [--json]
                    ask the real server: its answer beside the prediction (exit 3 unreachable)

Run "jitsi-jwt <command> --help" for the options of a command; "jitsi-jwt --version" for the version.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

// Each command is loaded when it runs, so `--help` and `--version` evaluate none of the libraries
// (the bundle keeps them in one file: see vite.cli.config.ts).
const COMMANDS: Record<string, () => Promise<Command>> = {
  inspect: async () => (await import('./inspect-command.ts')).inspectCommand,
  sign: async () => (await import('./sign-command.ts')).signCommand,
  keygen: async () => (await import('./keygen-command.ts')).keygenCommand,
  probe: async () => (await import('./probe-command.ts')).probeCommand,
};

/** Runs the command line; returns the exit status. Never throws. */
export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V') {
    io.out(`jitsi-jwt ${version}\n`);
    return EXIT.ok;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    if (topic) return (await topic())(['--help'], io);
    io.out(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Unknown command "${command}".\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await (await run())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`jitsi-jwt ${command}: ${error.message}\n`);
      return EXIT.usage;
    }
    // parseArgs reports unknown or malformed options with a TypeError carrying a code.
    if (
      error instanceof Error &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`jitsi-jwt ${command}: ${error.message}. See jitsi-jwt ${command} --help.\n`);
      return EXIT.usage;
    }
    io.err(
      `jitsi-jwt ${command}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.usage;
  }
}
