import type { Check, Verdict } from '../core/types.ts';

const STATUS_WORD: Record<Check['status'], string> = {
  pass: 'Pass',
  fail: 'Fails',
  warn: 'Warning',
  skip: 'Not checked',
};

const STAGE_WORD: Record<Check['stage'], string> = {
  login: 'Login',
  join: 'Room join',
  client: 'Web client',
  jaas: 'JaaS',
  moderator: 'Moderator',
};

export interface VerdictViewProps {
  verdict: Verdict;
  /** Heading id prefix, so two verdicts on one page keep unique ids. */
  id: string;
}

/**
 * Will the server accept the login and the room join, and every check in the server's order:
 * failing ones first in the reader's eye (server reason, what was found, the fix).
 */
export function VerdictView({ verdict, id }: VerdictViewProps) {
  const problems = verdict.checks.filter((c) => c.status === 'fail' || c.status === 'warn');
  const others = verdict.checks.filter((c) => c.status !== 'fail' && c.status !== 'warn');
  return (
    <section class="verdict" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Verdict</h3>
      <ul class="verdict__stages">
        <li class={verdict.login.ok ? 'verdict__ok' : 'verdict__fail'} data-stage="login">
          Login:{' '}
          {verdict.login.ok ? 'accepted' : `refused (${verdict.login.reason ?? 'not-allowed'})`}
        </li>
        <li class={verdict.join.ok ? 'verdict__ok' : 'verdict__fail'} data-stage="join">
          Room join:{' '}
          {verdict.join.ok ? 'accepted' : `refused (${verdict.join.reason ?? 'not-allowed'})`}
        </li>
      </ul>
      {problems.length === 0 ? (
        <p class="verdict__clean">No check fails or warns.</p>
      ) : (
        <ol class="verdict__checks">
          {problems.map((check) => (
            <CheckItem key={`${check.stage}-${check.id}`} check={check} />
          ))}
        </ol>
      )}
      <details class="verdict__all">
        <summary>All {verdict.checks.length} checks</summary>
        <ol class="verdict__checks">
          {others.map((check) => (
            <CheckItem key={`${check.stage}-${check.id}`} check={check} />
          ))}
        </ol>
      </details>
    </section>
  );
}

function CheckItem({ check }: { check: Check }) {
  return (
    <li class={`check check--${check.status}`} data-check={check.id} data-status={check.status}>
      <p class="check__title">
        <span class="check__status">{STATUS_WORD[check.status]}</span>{' '}
        <span class="check__stage">{STAGE_WORD[check.stage]}</span>: {check.title}
      </p>
      {check.status === 'fail' && check.serverReason !== undefined ? (
        <p class="check__reason">
          Server says: <code>{check.serverReason}</code>
        </p>
      ) : null}
      <p class="check__message">{check.message}</p>
      {check.fix !== undefined && check.status !== 'pass' ? (
        <p class="check__fix">Fix: {check.fix}</p>
      ) : null}
    </li>
  );
}
