import type { SupportConfig } from '../../config/launcher-config.ts';
import { t } from '../../i18n/translate.ts';

/** "Need help? IT help desk": where the site's users get help, as config.json's `support` says. */
export function SupportLine({ support }: { support: SupportConfig | undefined }) {
  if (support === undefined) return null;
  return (
    <p class="error-notice__support">
      {t('error.help')}{' '}
      {support.url === undefined ? (
        support.text
      ) : (
        <a href={support.url} target="_blank" rel="noopener">
          {support.text}
        </a>
      )}
    </p>
  );
}
