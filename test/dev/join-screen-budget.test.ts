import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type BuiltChunk, joinScreenBytes } from '../../src/dev/join-screen-budget.ts';

const gzip = (code: string) => gzipSync(code).length;

describe('joinScreenBytes', () => {
  it('counts the entry and what it imports statically, once each, and nothing loaded later', () => {
    const entry = 'import "./shared.js"; import "./ui.js"; '.repeat(20);
    const ui = 'import "./shared.js"; export const ui = 1;'.repeat(30);
    const shared = 'export const shared = "preact";'.repeat(40);
    const later = 'export const meeting = "later";'.repeat(50);
    const chunks = new Map<string, BuiltChunk>([
      ['index.js', { code: entry, isEntry: true, imports: ['ui.js', 'shared.js'] }],
      ['ui.js', { code: ui, isEntry: false, imports: ['shared.js'] }],
      ['shared.js', { code: shared, isEntry: false, imports: [] }],
      ['meeting.js', { code: later, isEntry: false, imports: ['shared.js'] }],
    ]);
    expect(joinScreenBytes(chunks)).toBe(gzip(entry) + gzip(ui) + gzip(shared));
  });
});
