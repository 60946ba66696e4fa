import { describe, expect, it } from 'vitest';
import { formatParts } from '../../src/i18n/format-message.ts';

const PROBLEMS = {
  one: '{url} has a problem to fix.',
  other: '{url} has {count} problems to fix.',
};

describe('formatParts', () => {
  it('fills each placeholder with its parameter', () => {
    expect(formatParts('en', 'Meeting server: {domain}', { domain: 'meet.example.com' })).toEqual([
      'Meeting server: ',
      'meet.example.com',
    ]);
  });

  it('keeps an element parameter as an element, between the texts', () => {
    const element = { tag: 'code' };
    expect(formatParts('en', 'edit {file} now', { file: element })).toEqual([
      'edit ',
      element,
      ' now',
    ]);
  });

  it('leaves a placeholder without a parameter as written', () => {
    expect(formatParts('en', 'on {domain}', {}).join('')).toBe('on {domain}');
  });

  it("picks the plural form of the language's rules", () => {
    expect(formatParts('en', PROBLEMS, { url: 'c.json', count: 1 }).join('')).toBe(
      'c.json has a problem to fix.',
    );
    expect(formatParts('en', PROBLEMS, { url: 'c.json', count: 0 }).join('')).toBe(
      'c.json has 0 problems to fix.',
    );
    const french = {
      one: '{count} problème',
      many: '{count} de problèmes',
      other: '{count} problèmes',
    };
    // French counts 0 and 1 as "one", and a million as "many".
    expect(formatParts('fr', french, { count: 0 }).join('')).toBe('0 problème');
    expect(formatParts('fr', french, { count: 2 }).join('')).toBe('2 problèmes');
    expect(formatParts('fr', french, { count: 1_000_000 }).join('')).toBe(
      `${(1_000_000).toLocaleString('fr')} de problèmes`,
    );
  });

  it('writes numbers the way the language does', () => {
    expect(formatParts('de', '{count} Probleme', { count: 1234 }).join('')).toBe('1.234 Probleme');
    expect(formatParts('en', '{count} problems', { count: 1234 }).join('')).toBe('1,234 problems');
  });

  it('uses the other form when a form is missing or no count is given', () => {
    expect(formatParts('en', PROBLEMS, { url: 'c.json' }).join('')).toBe(
      'c.json has {count} problems to fix.',
    );
    expect(formatParts('de', { other: '{count} Dinge' }, { count: 1 }).join('')).toBe('1 Dinge');
  });
});
