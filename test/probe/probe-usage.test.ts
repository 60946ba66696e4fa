import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';

describe('jitsi-jwt probe usage', () => {
  it.each([
    [
      [],
      'jitsi-jwt probe: Give the meeting URL: jitsi-jwt probe https://meet.example.com/Room --token JWT.\n',
    ],
    [
      ['https://meet.example.com/'],
      'jitsi-jwt probe: The URL names no room: add it after the domain, e.g. https://meet.example.com/DailyStandup.\n',
    ],
    [
      ['https://meet.example.com/x', '--timeout', '0'],
      'jitsi-jwt probe: --timeout takes milliseconds from 1 to 120000, e.g. --timeout 3000.\n',
    ],
    [
      ['https://meet.example.com/x', '--at', 'tomorrow'],
      'jitsi-jwt probe: --at takes a Unix time in seconds, e.g. --at 1767225600.\n',
    ],
    [
      ['https://meet.example.com/x', '--room', 'other'],
      'jitsi-jwt probe: --room makes a token: add --sign (or give the token with --token).\n',
    ],
    [
      ['https://meet.example.com/x', '--sign', '--token', 'a.b.c'],
      'jitsi-jwt probe: Give either --token or --sign, not both.\n',
    ],
    [
      ['https://meet.example.com/x', '--sign'],
      'jitsi-jwt probe: --sign needs --profile FILE.json: the settings of the server to sign for.\n',
    ],
  ])('refuses %j with exit 2 before any network use', async (args, message) => {
    const run = await runCli(['probe', ...args]);
    expect(run.stderr).toBe(message);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('prints its help, listed in the main help too', async () => {
    const help = await runCli(['probe', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe(
      'Usage: jitsi-jwt probe https://DOMAIN[/TENANT]/ROOM [--token JWT|-] [--profile FILE.json] [--join] [--json]',
    );
    const main = await runCli(['--help']);
    expect(main.stdout).toContain(
      '  probe https://DOMAIN[/TENANT]/ROOM --token JWT [--profile FILE.json] [--join] [--json]\n',
    );
  });
});
