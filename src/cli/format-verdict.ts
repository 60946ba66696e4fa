import type { Check, StageOutcome, Verdict } from '../core/types.ts';
import { jsonOutput, oneLine as line } from './terminal-safe.ts';

const MARK: Record<Check['status'], string> = {
  pass: 'PASS',
  fail: 'FAIL',
  warn: 'WARN',
  skip: 'SKIP',
};

function stageLine(name: string, outcome: StageOutcome): string {
  if (outcome.ok) return `${name} ACCEPTED`;
  if (outcome.reason?.startsWith('not attempted')) return `${name} ${line(outcome.reason)}`;
  return `${name} REFUSED: ${line(outcome.reason ?? 'unknown reason')}`;
}

/** The verdict as plain text for a terminal: outcome first, then every check in server order. */
export function formatVerdict(verdict: Verdict): string {
  const lines = [stageLine('Login:', verdict.login), stageLine('Join: ', verdict.join), ''];
  for (const check of verdict.checks) {
    lines.push(`${MARK[check.status]}  ${check.stage.padEnd(9)} ${line(check.title)}`);
    lines.push(`      ${line(check.message)}`);
    if (check.status === 'fail' && check.serverReason)
      lines.push(`      server says: ${line(check.serverReason)}`);
    if ((check.status === 'fail' || check.status === 'warn') && check.fix)
      lines.push(`      fix: ${line(check.fix)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The machine-readable verdict of `inspect --json`. */
export function verdictJson(verdict: Verdict): string {
  const stage = (outcome: StageOutcome) => ({ ok: outcome.ok, reason: outcome.reason ?? null });
  return jsonOutput({
    login: stage(verdict.login),
    join: stage(verdict.join),
    checks: verdict.checks,
  });
}
