// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startLanguage } from '../../src/i18n/start-language.ts';
import { currentLanguage, setLanguage, t } from '../../src/i18n/translate.ts';

function browserAsksFor(languages: string[]): void {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
}

afterEach(() => {
  setLanguage('en');
  history.replaceState(null, '', '/');
});

describe('startLanguage', () => {
  it("follows the browser's first supported language, and says so in <html lang> and the title", async () => {
    browserAsksFor(['it-IT', 'de-AT', 'fr']);
    expect(await startLanguage(undefined)).toBe('de');
    expect(currentLanguage()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('An einer Besprechung teilnehmen');
    expect(t('join.submit')).toBe('Teilnehmen');
  });

  it("puts the config's language over the browser's", async () => {
    browserAsksFor(['de-DE']);
    expect(await startLanguage('es')).toBe('es');
    expect(t('join.room')).toBe('Sala');
  });

  it("puts the link's ?lang= over the config's", async () => {
    browserAsksFor(['de-DE']);
    history.replaceState(null, '', '/?room=x&lang=fr-CA');
    expect(await startLanguage('es')).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(t('join.cancel')).toBe('Annuler');
  });

  it('speaks English when nothing asks for a language it speaks', async () => {
    browserAsksFor(['pt-BR']);
    history.replaceState(null, '', '/?lang=klingon');
    expect(await startLanguage(undefined)).toBe('en');
    expect(document.title).toBe('Join a meeting');
  });
});
