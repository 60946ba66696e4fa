import { describe, expect, it } from 'vitest';
import { explainConfigIssue } from '../../src/config/explain-config-issue.ts';
import { validateConfig } from '../../src/config/validate-config.ts';
import { parentOriginIssue } from '../../src/config/validate-embed.ts';
import { refusedIssues } from './support/refused-issues.ts';

const BASE = { mode: 'local', domains: ['meet.example.com'] };

const issues = (input: Record<string, unknown>) => refusedIssues({ ...BASE, ...input });

describe('config lang', () => {
  it('keeps a language the launcher speaks', () => {
    const result = validateConfig({ ...BASE, lang: 'de' });
    expect(result.ok && result.value.lang).toBe('de');
  });

  it('leaves lang out when not given, so the browser decides', () => {
    const result = validateConfig(BASE);
    expect(result.ok && 'lang' in result.value).toBe(false);
  });

  it('refuses a language it does not speak, and a regional tag, with the list', () => {
    expect(issues({ lang: 'it' })).toEqual([{ field: 'lang', code: 'lang-invalid' }]);
    expect(issues({ lang: 'de-AT' })).toEqual([{ field: 'lang', code: 'lang-invalid' }]);
    expect(explainConfigIssue({ field: 'lang', code: 'lang-invalid' })).toEqual({
      field: 'lang',
      message: 'lang must be one of the languages the launcher speaks: en, de, fr, es.',
      fix: 'Write one of "en", "de", "fr", "es", or remove lang to follow each browser\'s language.',
    });
  });
});

describe('config embed.parentOrigins', () => {
  it('keeps exact origins', () => {
    const result = validateConfig({
      ...BASE,
      embed: { parentOrigins: ['https://intranet.example.com', 'http://localhost:8080'] },
    });
    expect(result.ok && result.value.embed).toEqual({
      parentOrigins: ['https://intranet.example.com', 'http://localhost:8080'],
    });
  });

  it('has no embed when the config has none, and an empty list when embed has none', () => {
    const without = validateConfig(BASE);
    expect(without.ok && without.value.embed).toBeUndefined();
    const empty = validateConfig({ ...BASE, embed: {} });
    expect(empty.ok && empty.value.embed).toEqual({ parentOrigins: [] });
  });

  it('refuses wildcards, paths, trailing slashes, other schemes and non-origins, one by one', () => {
    expect(
      issues({
        embed: {
          parentOrigins: [
            '*',
            'https://*.example.com',
            'https://intranet.example.com/',
            'https://intranet.example.com/portal',
            'https://Intranet.Example.com',
            'https://intranet.example.com:443',
            'ftp://files.example.com',
            'intranet.example.com',
            'null',
            7,
            'https://a.example.com',
            'https://a.example.com',
          ],
        },
      }),
    ).toEqual([
      { field: 'embed.parentOrigins[0]', code: 'embed-origin-wildcard', value: '*' },
      {
        field: 'embed.parentOrigins[1]',
        code: 'embed-origin-wildcard',
        value: 'https://*.example.com',
      },
      {
        field: 'embed.parentOrigins[2]',
        code: 'embed-origin-not-exact',
        value: 'https://intranet.example.com',
      },
      {
        field: 'embed.parentOrigins[3]',
        code: 'embed-origin-not-exact',
        value: 'https://intranet.example.com',
      },
      {
        field: 'embed.parentOrigins[4]',
        code: 'embed-origin-not-exact',
        value: 'https://intranet.example.com',
      },
      {
        field: 'embed.parentOrigins[5]',
        code: 'embed-origin-not-exact',
        value: 'https://intranet.example.com',
      },
      {
        field: 'embed.parentOrigins[6]',
        code: 'embed-origin-invalid',
        value: 'ftp://files.example.com',
      },
      {
        field: 'embed.parentOrigins[7]',
        code: 'embed-origin-invalid',
        value: 'intranet.example.com',
      },
      { field: 'embed.parentOrigins[8]', code: 'embed-origin-invalid', value: 'null' },
      { field: 'embed.parentOrigins[9]', code: 'embed-origin-not-string' },
      {
        field: 'embed.parentOrigins[11]',
        code: 'embed-origin-duplicate',
        value: 'https://a.example.com',
      },
    ]);
  });

  it('refuses an embed that is not an object, a list that is not a list, and unknown keys', () => {
    expect(issues({ embed: [] })).toEqual([{ field: 'embed', code: 'embed-not-object' }]);
    expect(issues({ embed: { parentOrigins: 'https://a.example.com', frame: true } })).toEqual([
      { field: 'embed.frame', code: 'embed-unknown-key', value: 'frame' },
      { field: 'embed.parentOrigins', code: 'embed-origins-not-list' },
    ]);
  });

  it('tells the operator the exact origin to write', () => {
    expect(
      explainConfigIssue({
        field: 'embed.parentOrigins[0]',
        code: 'embed-origin-not-exact',
        value: 'https://intranet.example.com',
      }).fix,
    ).toBe('Write "https://intranet.example.com".');
    expect(
      explainConfigIssue({ field: 'embed.parentOrigins[0]', code: 'embed-origin-wildcard' })
        .message,
    ).toBe('A parent origin cannot contain "*": events go only to origins named in full.');
  });

  it('reads an origin as the browser reports it: punycode, no default port', () => {
    expect(parentOriginIssue('https://bücher.example')).toEqual({
      code: 'embed-origin-not-exact',
      exact: 'https://xn--bcher-kva.example',
    });
    expect(parentOriginIssue('https://xn--bcher-kva.example')).toBeUndefined();
    expect(parentOriginIssue('http://127.0.0.1:8080')).toBeUndefined();
    expect(parentOriginIssue('http://[::1]:8080')).toBeUndefined();
  });
});
