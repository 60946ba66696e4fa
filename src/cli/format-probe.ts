import type { StageOutcome } from '../core/types.ts';
import type { JoinAnswer, LoginAnswer, ProbeReport } from '../probe/probe-types.ts';
import { PROBE_NICK } from '../probe/room-stage.ts';
import { oneLine as line } from './terminal-safe.ts';

const ms = (value: number | undefined) => (value === undefined ? '' : `  (${value} ms)`);

function predictedWords(outcome: StageOutcome): string {
  if (outcome.ok) return 'predicted: accept';
  if (outcome.reason?.startsWith('not attempted')) return 'predicted: not reached';
  return `predicted: refuse, "${line(outcome.reason ?? 'unknown reason')}"`;
}

function loginWords(login: LoginAnswer): string {
  if (login.ok) return 'ACCEPTED';
  return `REFUSED: ${line(login.condition ?? 'failure')}${login.reason ? ` "${line(login.reason)}"` : ''}`;
}

function joinWords(join: JoinAnswer): string {
  if (join.ok)
    return `ACCEPTED as ${PROBE_NICK} (affiliation ${line(join.affiliation)}, role ${line(join.role)}), left at once`;
  const where = join.step === 'focus' ? 'the focus refused the conference request' : 'REFUSED';
  return `${where}: ${line(join.condition)}${join.reason ? ` "${line(join.reason)}"` : ''}`;
}

/**
 * The probe's report for a terminal: where it connected, each stage beside its prediction. Every
 * text from config.js or the server is kept on its line (line breaks shown as \x0A).
 */
export function formatProbe(report: ProbeReport): string {
  const lines: string[] = [];
  const server = report.server;
  if (server) {
    lines.push(`Server:    ${line(server.websocket)}`);
    lines.push(
      `           XMPP domain ${line(server.xmppDomain)}, MUC ${line(server.mucDomain)}, focus ${line(server.focus)}${server.configJs ? `; read from ${line(server.configJs)}` : '; from the flags'}`,
    );
    for (const note of server.notes) lines.push(`Note:      ${line(note)}`);
  }
  if (!report.ok) {
    const { failure } = report;
    lines.push(`Could not ask the server (${failure.step}): ${line(failure.message)}`);
    lines.push(`  tried: ${line(failure.url)}`);
    lines.push(`  fix:   ${line(failure.fix)}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `Login:     ${loginWords(report.login)}  [${predictedWords(report.predicted.login)}]${ms(report.timings.login)}`,
  );
  if (report.join)
    lines.push(
      `Room join: ${joinWords(report.join)}  [${predictedWords(report.predicted.join)}]${ms((report.timings.focus ?? 0) + (report.timings.join ?? 0) || undefined)}`,
    );
  else if (report.login.ok)
    lines.push('Room join: not tried (add --join to ask the focus and join the room)');
  const { agree, notes } = report.comparison;
  lines.push(
    agree ? 'The server agrees with the prediction.' : 'The prediction and the server DISAGREE:',
  );
  for (const note of notes) lines.push(`  - ${line(note)}`);
  return `${lines.join('\n')}\n`;
}
