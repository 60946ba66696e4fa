import { currentLanguage } from './translate.ts';

/**
 * Loads a screen's code together with the current language's messages for the screens after
 * the join screen. The loader itself is fetched then too: the join screen does not need it.
 */
export function withLaterMessages<T>(code: Promise<T>): Promise<T> {
  const messages = import('./load-messages.ts').then((loader) =>
    loader.loadMessages(currentLanguage(), 'later'),
  );
  return Promise.all([code, messages]).then(([loaded]) => loaded);
}
