import { useEffect, useRef } from 'preact/hooks';
import type { ConfigError } from '../../config/launcher-config.ts';
import { tParts } from '../../i18n/t-parts.ts';
import { t } from '../../i18n/translate.ts';

/** One sentence on what went wrong with the config file as a whole. */
export function describeConfigError(error: ConfigError): string {
  switch (error.kind) {
    case 'config-missing':
      return t('configError.missing', { url: error.url, status: String(error.status) });
    case 'config-unreachable':
      return t('configError.unreachable', { url: error.url });
    case 'config-timeout':
      return t('configError.timeout', { url: error.url, seconds: error.timeoutMs / 1000 });
    case 'config-too-large':
      return t('configError.tooLarge', {
        url: error.url,
        mebibytes: error.limitBytes / 1024 / 1024,
      });
    case 'config-not-json':
      return t('configError.notJson', { url: error.url });
    case 'config-invalid':
      return t('configError.invalid', { url: error.url, count: error.total });
  }
}

/** Trying again can help the person who opened the page: the server was slow or did not answer. */
function passing(error: ConfigError): boolean {
  return error.kind === 'config-timeout' || error.kind === 'config-unreachable';
}

/**
 * The runtime config could not be used: one plain sentence for whoever opened the page, then, for
 * the site's administrator, what is wrong and every bad field with its fix. The headings speak
 * the user's language; each field's problem and fix stay in English, for the operator.
 */
export function ConfigErrorScreen({
  error,
  onRetry,
}: {
  error: ConfigError;
  onRetry?: () => void;
}) {
  // After Try again the screen is drawn anew: focus goes back to the way forward, not the page.
  const retry = useRef<HTMLButtonElement>(null);
  useEffect(() => retry.current?.focus(), []);
  return (
    <main class="config-error">
      <h1>{t('configError.title')}</h1>
      <p role="alert">{t(passing(error) ? 'configError.plainRetry' : 'configError.plain')}</p>
      {onRetry === undefined || !passing(error) ? null : (
        <button type="button" class="button button--primary" onClick={onRetry} ref={retry}>
          {t('configError.retry')}
        </button>
      )}
      <h2>{t('configError.forOperator')}</h2>
      <p>{describeConfigError(error)}</p>
      {error.kind === 'config-invalid' ? (
        <table class="config-error__problems">
          <caption>{t('configError.fieldsCaption', { url: error.url })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('configError.field')}</th>
              <th scope="col">{t('configError.problem')}</th>
              <th scope="col">{t('configError.fix')}</th>
            </tr>
          </thead>
          <tbody>
            {error.problems.map((problem) => (
              <tr key={`${problem.field}:${problem.message}`}>
                <th scope="row">
                  <code>{problem.field}</code>
                </th>
                <td lang="en" data-label={t('configError.problem')}>
                  {problem.message}
                </td>
                <td lang="en" data-label={t('configError.fix')}>
                  {problem.fix}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {onRetry === undefined || passing(error) ? null : (
        <button type="button" class="button" onClick={onRetry}>
          {t('configError.retry')}
        </button>
      )}
      <p>
        {tParts('configError.operator', {
          configFile: <code>config.json</code>,
          indexFile: <code>index.html</code>,
        })}
      </p>
    </main>
  );
}
