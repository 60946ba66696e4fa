import { afterEach, describe, expect, it } from 'vitest';
import { messages as germanLater } from '../../src/i18n/messages/de/later.ts';
import { messages as germanStart } from '../../src/i18n/messages/de/start.ts';
import { addMessages, currentLanguage, setLanguage, t } from '../../src/i18n/translate.ts';

afterEach(() => setLanguage('en'));

describe('t', () => {
  it('speaks English from the start, with no catalog loaded', () => {
    expect(currentLanguage()).toBe('en');
    expect(t('join.title')).toBe('Join a meeting');
    expect(t('join.server', { domain: 'meet.example.com' })).toBe(
      'Meeting server: meet.example.com',
    );
  });

  it('speaks the language set, once its messages are added', () => {
    addMessages('de', germanStart);
    addMessages('de', germanLater);
    setLanguage('de');
    expect(t('join.submit')).toBe('Teilnehmen');
    expect(t('configError.invalid', { url: 'config.json', count: 1 })).toBe(
      'config.json hat ein Problem, das behoben werden muss.',
    );
    expect(t('configError.invalid', { url: 'config.json', count: 3 })).toBe(
      'config.json hat 3 Probleme, die behoben werden müssen.',
    );
  });

  it('falls back to English for a message the language has not loaded', () => {
    setLanguage('fr');
    expect(t('join.cancel')).toBe('Cancel');
  });
});
