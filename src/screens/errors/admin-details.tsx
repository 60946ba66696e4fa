import { useState } from 'preact/hooks';
import { t } from '../../i18n/translate.ts';

export interface AdminDetailsProps {
  /** The notice's title and sentence, copied above the details. */
  title: string;
  message: string;
  lines: string[];
  open?: boolean;
  /** Writes the details to the clipboard; rejects (or is missing) where the page cannot. */
  copy?: ((text: string) => Promise<void>) | undefined;
}

/** The clipboard where the page has one. */
export function clipboardCopy(): ((text: string) => Promise<void>) | undefined {
  const clipboard = globalThis.navigator?.clipboard;
  if (clipboard === undefined || typeof clipboard.writeText !== 'function') return undefined;
  return (text) => clipboard.writeText(text);
}

/** "Details for your administrator", folded, with Copy details: the same in every notice. */
export function AdminDetails({ title, message, lines, open = false, copy }: AdminDetailsProps) {
  const [copyStatus, setCopyStatus] = useState('');
  const onCopy = () => {
    const text = [title, message, '', ...lines].join('\n');
    if (copy === undefined) {
      setCopyStatus(t('error.cannotCopy'));
      return;
    }
    copy(text).then(
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
