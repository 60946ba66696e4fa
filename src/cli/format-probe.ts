import type { StageOutcome } from '../core/types.ts';
import type { JoinAnswer, LoginAnswer, ProbeReport } from '../probe/probe-types.ts';
import { PROBE_NICK } from '../probe/xmpp-probe.ts';

const ms = (value: number | undefined) => (value === undefined ? '' : `  (${value} ms)`);

function predictedWords(outcome: StageOutcome): string {
  if (outcome.ok) return 'predicted: accept';
  if (outcome.reason?.startsWith('not attempted')) return 'predicted: not reached';
  return `predicted: refuse, "${outcome.reason ?? 'unknown reason'}"`;
}

function loginWords(login: LoginAnswer): string {
  if (login.ok) return 'ACCEPTED';
  return `REFUSED: ${login.condition ?? 'failure'}${login.reason ? ` "${login.reason}"` : ''}`;
}

function joinWords(join: JoinAnswer): string {
  if (join.ok)
    return `ACCEPTED as ${PROBE_NICK} (affiliation ${join.affiliation}, role ${join.role}), left at once`;
  const where = join.step === 'focus' ? 'the focus refused the conference request' : 'REFUSED';
  return `${where}: ${join.condition}${join.reason ? ` "${join.reason}"` : ''}`;
}

/** The probe's report for a terminal: where it connected, each stage beside its prediction. */
export function formatProbe(report: ProbeReport): string {
  const lines: string[] = [];
  const server = report.server;
  if (server) {
    lines.push(`Server:    ${server.websocket}`);
    lines.push(
      `           XMPP domain ${server.xmppDomain}, MUC ${server.mucDomain}, focus ${server.focus}${server.configJs ? `; read from ${server.configJs}` : '; from the flags'}`,
    );
    for (const note of server.notes) lines.push(`Note:      ${note}`);
  }
  if (!report.ok) {
    const { failure } = report;
    lines.push(`Could not ask the server (${failure.step}): ${failure.message}`);
    lines.push(`  tried: ${failure.url}`);
    lines.push(`  fix:   ${failure.fix}`);
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
  for (const note of notes) lines.push(`  - ${note}`);
  return `${lines.join('\n')}\n`;
}
