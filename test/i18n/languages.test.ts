import { describe, expect, it } from 'vitest';
import { chooseLanguage, matchLanguage } from '../../src/i18n/languages.ts';

describe('matchLanguage', () => {
  it('reads the primary subtag, in any case and with either separator', () => {
    expect(matchLanguage('de-AT')).toBe('de');
    expect(matchLanguage('FR')).toBe('fr');
    expect(matchLanguage('es_MX')).toBe('es');
    expect(matchLanguage(' en-GB ')).toBe('en');
  });

  it('has no match for a language the launcher does not speak', () => {
    expect(matchLanguage('it-IT')).toBeUndefined();
    expect(matchLanguage('')).toBeUndefined();
    expect(matchLanguage('deu')).toBeUndefined();
  });
});

describe('chooseLanguage', () => {
  it("takes the browser's first supported preference", () => {
    expect(chooseLanguage({ browser: ['it-IT', 'de-AT', 'fr'] })).toBe('de');
  });

  it('speaks English when the browser asks for nothing the launcher speaks', () => {
    expect(chooseLanguage({ browser: ['it', 'pt-BR'] })).toBe('en');
    expect(chooseLanguage({ browser: [] })).toBe('en');
  });

  it("puts the config's lang over the browser", () => {
    expect(chooseLanguage({ config: 'es', browser: ['de-DE'] })).toBe('es');
  });

  it("puts the link's ?lang= over the config and the browser", () => {
    expect(chooseLanguage({ link: 'fr-CA', config: 'es', browser: ['de-DE'] })).toBe('fr');
  });

  it('passes over a ?lang= it does not speak', () => {
    expect(chooseLanguage({ link: 'klingon', config: 'es', browser: ['de'] })).toBe('es');
    expect(chooseLanguage({ link: 'it', browser: ['de'] })).toBe('de');
  });
});
