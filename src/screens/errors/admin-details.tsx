import { useState } from 'preact/hooks';
import { tParts } from '../../i18n/t-parts.ts';
import { currentLanguage, t } from '../../i18n/translate.ts';
import { copyText } from '../../lib/copy-text.ts';
import type { ErrorDetail } from './describe-join-error.ts';
import { detailLine } from './error-words.ts';

/**
 * A line of the details: a sentence for the administrator (in English), or a detail whose label
 * speaks the launcher's language and whose value is in English.
 */
export type AdminLine = string | ErrorDetail;

export interface AdminDetailsProps {
  /** The notice's title and sentence, copied above the details. */
  title: string;
  message: string;
  lines: readonly AdminLine[];
  open?: boolean;
  /** Writes the details to the clipboard; rejects where the page cannot. */
  copy?: ((text: string) => Promise<void>) | undefined;
}

/** "Details for your administrator", folded, with Copy details: the same in every notice. */
export function AdminDetails({
  title,
  message,
  lines,
  open = false,
  copy = copyText,
}: AdminDetailsProps) {
  const [copyStatus, setCopyStatus] = useState('');
  const onCopy = () => {
    copy([title, message, '', ...lines.map(lineText)].join('\n')).then(
      () => setCopyStatus(t('error.copied')),
      () => setCopyStatus(t('error.cannotCopy')),
    );
  };
  return (
    <details class="error-notice__details" open={open}>
      <summary>{t('error.details')}</summary>
      <ul>
        {lines.map((line) => (
          <AdminLineItem key={lineText(line)} line={line} />
        ))}
      </ul>
      <button type="button" class="button" onClick={onCopy}>
        {t('error.copy')}
      </button>
      <p role="status">{copyStatus}</p>
    </details>
  );
}

function lineText(line: AdminLine): string {
  return typeof line === 'string' ? line : detailLine(line);
}

/** On a page in another language, the English words say so, for a screen reader's voice. */
function AdminLineItem({ line }: { line: AdminLine }) {
  if (currentLanguage() === 'en') return <li>{lineText(line)}</li>;
  if (typeof line === 'string') return <li lang="en">{line}</li>;
  return (
    <li>
      {tParts('error.detail.line', {
        label: t(`error.detail.${line.label}`),
        value: <span lang="en">{line.value}</span>,
      })}
    </li>
  );
}
