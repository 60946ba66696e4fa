import { describe, expect, it } from 'vitest';
import type { ConfigIssue } from '../../src/config/config-issue.ts';
import { contrastWithWhite, parseHexColor } from '../../src/config/contrast-ratio.ts';
import { explainConfigIssue } from '../../src/config/explain-config-issue.ts';
import { validateConfig } from '../../src/config/validate-config.ts';
import { refusedIssues } from './support/refused-issues.ts';

const BASE = { mode: 'endpoint', domains: ['meet.example.com'], endpoint: { url: '/t' } };

const issues = (input: Record<string, unknown>) => refusedIssues({ ...BASE, ...input });

describe('the join page settings', () => {
  it('keeps displayName, autoJoin, brand and support', () => {
    const result = validateConfig({
      ...BASE,
      displayName: 'fromToken',
      autoJoin: true,
      brand: { title: ' Acme Meetings ', logoUrl: './logo.svg', accentColor: '#0b5cad' },
      support: { text: 'IT help desk, ext. 1234', url: 'mailto:help@example.com' },
    });
    expect(result.ok && result.value).toMatchObject({
      displayName: 'fromToken',
      autoJoin: true,
      brand: { title: 'Acme Meetings', logoUrl: './logo.svg', accentColor: '#0b5cad' },
      support: { text: 'IT help desk, ext. 1234', url: 'mailto:help@example.com' },
    });
  });

  it('leaves them out when absent (displayName is then "required")', () => {
    const result = validateConfig(BASE);
    expect(result.ok && Object.keys(result.value)).not.toContain('displayName');
  });

  it('refuses an accent colour that white text is hard to read on, with the ratio', () => {
    expect(issues({ brand: { accentColor: '#5aa2f0' } })).toEqual([
      { field: 'brand.accentColor', code: 'brand-accent-contrast', value: '#5aa2f0 (2.67:1)' },
    ]);
    expect(explainConfigIssue(issues({ brand: { accentColor: '#fff' } })[0] ?? BAD)).toEqual({
      field: 'brand.accentColor',
      message:
        'White text on brand.accentColor #fff (1.00:1) is hard to read: the contrast must be at least 4.5:1.',
      fix: 'Choose a darker colour, such as "#0b5cad".',
    });
  });

  it('refuses a support link that is not https: or mailto:, and other bad fields', () => {
    expect(
      issues({
        displayName: 'maybe',
        autoJoin: 'yes',
        brand: { title: '', logoUrl: 'javascript:alert(1)', accentColor: 'blue', size: 1 },
        support: { text: 'Help', url: 'http://help.example.com' },
      }).map((issue) => `${issue.field} ${issue.code}`),
    ).toEqual([
      'displayName display-name-mode',
      'autoJoin auto-join-type',
      'brand.size join-page-unknown-key',
      'brand.title brand-title',
      'brand.logoUrl brand-logo-url',
      'brand.accentColor brand-accent-color',
      'support.url support-url',
    ]);
    expect(issues({ support: { url: 'https://x.example' } })).toEqual([
      { field: 'support.text', code: 'support-text' },
    ]);
    expect(issues({ brand: [], support: 'help' }).map((issue) => issue.code)).toEqual([
      'brand-not-object',
      'support-not-object',
    ]);
  });

  it('has words for each of its codes', () => {
    const found = issues({
      displayName: 1,
      autoJoin: 1,
      brand: { title: 1, logoUrl: 'ftp://x', accentColor: '#ffff00', z: 1 },
      support: { text: 'x', url: 'javascript:x', y: 1 },
    });
    for (const issue of found) {
      const problem = explainConfigIssue(issue);
      expect(problem.message.length).toBeGreaterThan(10);
      expect(problem.fix.length).toBeGreaterThan(10);
    }
    expect(
      explainConfigIssue({ field: 'support.y', code: 'join-page-unknown-key', value: 'y' }),
    ).toMatchObject({
      message: '"y" is not a setting of support.',
      fix: 'Remove it; the settings are text, url.',
    });
  });
});

const BAD: ConfigIssue = { field: '?', code: 'not-object' };

describe('contrast with white', () => {
  it('follows WCAG 2: black 21:1, white 1:1, the default accent above 4.5:1', () => {
    expect(contrastWithWhite([0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrastWithWhite([255, 255, 255])).toBeCloseTo(1, 5);
    expect(contrastWithWhite(parseHexColor('#0b5cad') ?? [255, 255, 255])).toBeCloseTo(6.67, 2);
  });

  it('reads #rgb and #rrggbb only', () => {
    expect(parseHexColor('#05a')).toEqual([0, 85, 170]);
    expect(parseHexColor('#0B5CAD')).toEqual([11, 92, 173]);
    expect(parseHexColor('0b5cad')).toBeUndefined();
    expect(parseHexColor('#0b5cad80')).toBeUndefined();
  });
});
