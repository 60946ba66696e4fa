import { chooseLanguage, type LanguageSources } from './languages.ts';
import { loadMessages } from './load-messages.ts';
import { setLanguage, t } from './translate.ts';

/**
 * Starts fetching the first screen's messages in the language the link or the browser asks for,
 * alongside config.json (the config may still choose another).
 */
export function prefetchLanguage(sources: LanguageSources): void {
  loadMessages(chooseLanguage(sources), 'start').catch(() => undefined);
}

/**
 * Chooses the language and switches the launcher to it once the first screen's messages in it
 * have arrived, saying so in `<html lang>` and the title. If they cannot be fetched, it speaks
 * English.
 */
export async function startLanguage(sources: LanguageSources, page: Document = document) {
  let spoken = chooseLanguage(sources);
  try {
    await loadMessages(spoken, 'start');
  } catch {
    spoken = 'en';
  }
  setLanguage(spoken);
  page.documentElement.lang = spoken;
  page.title = t('join.title');
  return spoken;
}
