import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import type { Message, Messages } from '../../src/i18n/message.ts';
import * as deLater from '../../src/i18n/messages/de/later.ts';
import * as deStart from '../../src/i18n/messages/de/start.ts';
import * as enLater from '../../src/i18n/messages/en/later.ts';
import * as enStart from '../../src/i18n/messages/en/start.ts';
import * as esLater from '../../src/i18n/messages/es/later.ts';
import * as esStart from '../../src/i18n/messages/es/start.ts';
import * as frLater from '../../src/i18n/messages/fr/later.ts';
import * as frStart from '../../src/i18n/messages/fr/start.ts';

// Every catalog file, imported by name; the first test checks that there are no others.
const CATALOGS: Record<Language, Record<'start' | 'later', Messages>> = {
  en: { start: enStart.messages, later: enLater.messages },
  de: { start: deStart.messages, later: deLater.messages },
  fr: { start: frStart.messages, later: frLater.messages },
  es: { start: esStart.messages, later: esLater.messages },
};

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = texts.flatMap((text) =>
    [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''),
  );
  return [...new Set(names)].sort();
}

describe('message catalogs', () => {
  it('has a catalog for every language the launcher offers, and no other file', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...LANGUAGES].sort());
    const files = Object.keys(import.meta.glob('../../src/i18n/messages/**/*.ts'));
    expect(files.sort()).toEqual(
      LANGUAGES.flatMap((language) => [
        `../../src/i18n/messages/${language}/later.ts`,
        `../../src/i18n/messages/${language}/start.ts`,
      ]).sort(),
    );
  });

  for (const language of LANGUAGES.filter((code) => code !== 'en')) {
    for (const part of ['start', 'later'] as const) {
      const english = CATALOGS.en[part];
      const catalog = CATALOGS[language][part];

      it(`${language}/${part} has exactly the English keys`, () => {
        expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
      });

      it(`${language}/${part} uses the same placeholders as English in every message`, () => {
        const differing = Object.keys(english).filter((key) => {
          const own = catalog[key];
          const reference = english[key];
          return (
            own === undefined ||
            reference === undefined ||
            placeholders(own).join() !== placeholders(reference).join()
          );
        });
        expect(differing).toEqual([]);
      });

      it(`${language}/${part} has every plural form of the language, and only those`, () => {
        const forms = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
        for (const [key, message] of Object.entries(catalog)) {
          const reference = english[key];
          if (typeof reference === 'string') {
            expect(typeof message, key).toBe('string');
            continue;
          }
          expect(typeof message === 'string' ? [] : Object.keys(message).sort(), key).toEqual(
            forms,
          );
        }
      });
    }
  }

  it('English plural messages have its forms, one and other', () => {
    for (const part of ['start', 'later'] as const) {
      for (const [key, message] of Object.entries(CATALOGS.en[part])) {
        if (typeof message !== 'string') {
          expect(Object.keys(message).sort(), key).toEqual(['one', 'other']);
        }
      }
    }
  });

  it('no key is in both the start and the later part', () => {
    const start = Object.keys(CATALOGS.en.start);
    expect(Object.keys(CATALOGS.en.later).filter((key) => start.includes(key))).toEqual([]);
  });

  it('no message is empty or left with surrounding spaces', () => {
    const bad: string[] = [];
    for (const language of LANGUAGES) {
      for (const part of ['start', 'later'] as const) {
        for (const [key, message] of Object.entries(CATALOGS[language][part])) {
          const texts = typeof message === 'string' ? [message] : Object.values(message);
          if (texts.some((text) => text === undefined || text === '' || text !== text.trim())) {
            bad.push(`${language}/${part} ${key}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('French keeps : ; ? ! » on the line of the word before, and « on that of the word after', () => {
    // French sets a space inside « » and before : ; ? !; a plain space lets a line break there.
    const breakable = / [:;?!»]|« /;
    const loose: string[] = [];
    for (const part of ['start', 'later'] as const) {
      for (const [key, message] of Object.entries(CATALOGS.fr[part])) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) if (breakable.test(text ?? '')) loose.push(`${key}: ${text}`);
      }
    }
    expect(loose).toEqual([]);
  });

  it('German keeps the … of an unfinished action on the line of its last word', () => {
    const loose = Object.entries({ ...CATALOGS.de.start, ...CATALOGS.de.later })
      .filter(([, message]) => typeof message === 'string' && message.includes(' …'))
      .map(([key]) => key);
    expect(loose).toEqual([]);
  });

  it('the words for the people who join name no developer’s term', () => {
    // The config error's technical part speaks to the site's operator, the details' labels to its
    // administrator, and the token drawer (debugPanel) to developers.
    const forOperators =
      /^(configError\.(?!title|plain|retry|forOperator)|error\.detail\.|meeting\.token)/;
    const developerWords =
      /jwt|token|jeton|claim|\bcors\b|endpoint|external_api|config\.json|http|launcher|lanceur|lanzador/i;
    const leaks: string[] = [];
    for (const language of LANGUAGES) {
      for (const part of ['start', 'later'] as const) {
        for (const [key, message] of Object.entries(CATALOGS[language][part])) {
          if (forOperators.test(key)) continue;
          const texts = typeof message === 'string' ? [message] : Object.values(message);
          for (const text of texts)
            if (developerWords.test(text ?? '')) leaks.push(`${language} ${key}: ${text}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
