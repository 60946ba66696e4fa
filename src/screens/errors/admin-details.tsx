import { useState } from 'preact/hooks';
import { t } from '../../i18n/translate.ts';
import { copyText } from '../../lib/copy-text.ts';

export interface AdminDetailsProps {
  /** The notice's title and sentence, copied above the details. */
  title: string;
  message: string;
  lines: string[];
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
    copy([title, message, '', ...lines].join('\n')).then(
      () => setCopyStatus(t('error.copied')),
      () => setCopyStatus(t('error.cannotCopy')),
    );
  };
  return (
    <details class="error-notice__details" open={open}>
      <summary>{t('error.details')}</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" class="button" onClick={onCopy}>
        {t('error.copy')}
      </button>
      <p role="status">{copyStatus}</p>
    </details>
  );
}
