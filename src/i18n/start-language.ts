import { chooseLanguage, type Language } from './languages.ts';
import { loadMessages } from './load-messages.ts';
import { setLanguage, t } from './translate.ts';

/** What the page asks for: the link's `?lang=`, then the browser's preferences. */
function askedFor(): { link: string | undefined; browser: readonly string[] } {
  const link = new URL(location.href).searchParams.get('lang')?.trim();
  return {
    link: link === '' ? undefined : link,
    browser: navigator.languages ?? [navigator.language],
  };
}

// This module is fetched alongside config.json; so are the first screen's messages in the
// language the page asks for (the config may still choose another).
if (typeof location === 'object' && typeof navigator === 'object') {
  loadMessages(chooseLanguage(askedFor()), 'start').catch(() => undefined);
}

/**
 * Chooses the language (the link's, else the config's, else the browser's) and switches the
 * launcher to it once the first screen's messages in it have arrived, saying so in
 * `<html lang>` and the title. If they cannot be fetched, it speaks English.
 */
export async function startLanguage(configLanguage: Language | undefined, page = document) {
  let spoken = chooseLanguage({ ...askedFor(), config: configLanguage });
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
