import type { SupportConfig } from '../../config/launcher-config.ts';
import { t } from '../../i18n/translate.ts';
import { AdminDetails } from '../errors/admin-details.tsx';
import type { MeetingProblem } from '../errors/describe-meeting-problem.ts';
import { SupportLine } from '../errors/support-line.tsx';

export interface MeetingNoticeProps {
  problem: MeetingProblem;
  onRejoin: () => void;
  /** Where to get help (config.json's `support`), shown with refusals. */
  support?: SupportConfig | undefined;
  copy?: ((text: string) => Promise<void>) | undefined;
}

/**
 * A wait or a refusal above the meeting, never over it: in a lobby the meeting's own Ask to join
 * button must stay reachable. Waits are a status, refusals an alert; the layout is the join
 * page's error notice.
 */
export function MeetingNotice({ problem, onRejoin, support, copy }: MeetingNoticeProps) {
  const waiting = problem.kind.startsWith('waiting-');
  return (
    <section
      class={
        waiting
          ? 'error-notice meeting-notice meeting-notice--waiting'
          : 'error-notice meeting-notice'
      }
      data-meeting-problem={problem.kind}
      aria-labelledby="meeting-notice-title"
    >
      <div role={waiting ? 'status' : 'alert'}>
        <h2 id="meeting-notice-title" class="error-notice__title">
          {problem.title}
        </h2>
        <p class="error-notice__message">{problem.message}</p>
        {problem.fix === undefined ? null : <p>{problem.fix}</p>}
      </div>
      {problem.action === 'rejoin' ? (
        <div class="error-notice__actions">
          <button type="button" class="button button--primary" onClick={onRejoin}>
            {t('meetingWatch.rejoin')}
          </button>
        </div>
      ) : null}
      {waiting ? null : <SupportLine support={support} />}
      <AdminDetails
        title={problem.title}
        message={problem.message}
        lines={problem.details}
        copy={copy}
      />
    </section>
  );
}
