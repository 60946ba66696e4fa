import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatProbe } from '../../src/cli/format-probe.ts';
import { nodeIo } from '../../src/cli/io.ts';
import { jsonOutput } from '../../src/cli/terminal-safe.ts';
import { probeJson } from '../../src/probe/probe-json.ts';
import type { ProbeReport } from '../../src/probe/probe-types.ts';

/** What a terminal acts on: ESC, the one-byte CSI and a right-to-left override. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters the output must not hold.
const TERMINAL_CONTROL = /[\u001b\u009b\u202e]/u;

// A server (or its config.js) that answers with line breaks, an escape sequence, a one-byte CSI
// and a right-to-left override, to print a fake "Login: ACCEPTED" over its refusal.
const HOSTILE = 'no\nLogin:     ACCEPTED\u001b[2K\u009b1A\u202e';

const report: ProbeReport = {
  ok: true,
  server: {
    websocket: 'wss://meet.example.com/xmpp-websocket',
    xmppDomain: `meet.jitsi${HOSTILE}`,
    mucDomain: 'muc.meet.jitsi',
    focus: 'focus.meet.jitsi',
    configJs: 'https://meet.example.com/config.js',
    notes: [`note ${HOSTILE}`],
  },
  login: { ok: false, condition: 'not-allowed', reason: HOSTILE },
  join: null,
  predicted: {
    login: { ok: true },
    join: { ok: false, reason: 'not attempted: the login is refused' },
    profile: 'given',
  },
  comparison: { agree: false, notes: [`the server says ${HOSTILE}`] },
  timings: { login: 12 },
};

/** What the command prints, through the same io as the real command. */
function printed(text: string): string {
  let stdout = '';
  const io = nodeIo({
    stdin: Readable.from([]),
    stdout: { write: (chunk) => (stdout += chunk) },
    stderr: { write: () => {} },
    env: {},
    clock: () => 0,
    fetch: globalThis.fetch,
  });
  io.out(text);
  return stdout;
}

describe('probe output with hostile server text', () => {
  it('keeps every server text on its own line, escapes shown', () => {
    const text = printed(formatProbe(report));
    expect(text.split('\n').filter((line) => line.startsWith('Login:'))).toEqual([
      'Login:     REFUSED: not-allowed "no\\x0ALogin:     ACCEPTED\\x1B[2K\\x9B1A\\u202E"  [predicted: accept]  (12 ms)',
    ]);
    expect(text).toContain(
      'XMPP domain meet.jitsino\\x0ALogin:     ACCEPTED\\x1B[2K\\x9B1A\\u202E, MUC muc.meet.jitsi',
    );
    expect(text).toContain('  - the server says no\\x0ALogin:');
    expect(text).not.toMatch(TERMINAL_CONTROL);
  });

  it('--json stays valid JSON, with the same strings, and nothing a terminal acts on', () => {
    const text = printed(jsonOutput(probeJson(report)));
    expect(text).not.toMatch(TERMINAL_CONTROL);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(probeJson(report))));
    expect(text).toContain('\\u001b[2K\\u009B1A\\u202E');
  });
});
