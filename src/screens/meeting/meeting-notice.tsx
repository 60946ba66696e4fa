import { useState } from 'preact/hooks';
import type { MeetingProblem } from '../errors/describe-meeting-problem.ts';

export interface MeetingNoticeProps {
  problem: MeetingProblem;
  onRejoin: () => void;
  copy?: (text: string) => Promise<void>;
}

function copyDefault(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/**
 * A wait or a refusal above the meeting, never over it: in a lobby the meeting's own Ask to join
 * button must stay reachable. Waits are a status, refusals an alert.
 */
export function MeetingNotice({ problem, onRejoin, copy = copyDefault }: MeetingNoticeProps) {
  const [copyStatus, setCopyStatus] = useState('');
  const waiting = problem.action === 'none' && problem.kind.startsWith('waiting-');
  const onCopy = () => {
    const text = [problem.title, problem.message, ...problem.details].join('\n');
    copy(text).then(
      () => setCopyStatus('Copied the details.'),
      () => setCopyStatus('Could not copy here: select the details instead.'),
    );
  };
  return (
    <section
      class={waiting ? 'meeting-notice meeting-notice--waiting' : 'meeting-notice'}
      role={waiting ? 'status' : 'alert'}
      data-meeting-problem={problem.kind}
      aria-labelledby="meeting-notice-title"
    >
      <h2 id="meeting-notice-title" class="meeting-notice__title">
        {problem.title}
      </h2>
      <p>{problem.message}</p>
      {problem.fix === undefined ? null : <p class="meeting-notice__fix">{problem.fix}</p>}
      {problem.action === 'rejoin' ? (
        <button type="button" class="button" onClick={onRejoin}>
          Rejoin
        </button>
      ) : null}
      <details class="meeting-notice__details">
        <summary>Details for the administrator</summary>
        <ul>
          {problem.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <button type="button" class="button" onClick={onCopy}>
          Copy details
        </button>
        <span role="status">{copyStatus}</span>
      </details>
    </section>
  );
}
