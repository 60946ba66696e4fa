import { describe, expect, it } from 'vitest';
import { formatJson, nestsDeeperThan, oneLineJson } from '../../src/core/format-json.ts';

function nested(depth: number): unknown {
  return JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
}

describe('formatJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes for ordinary JSON', () => {
    const value = {
      room: '*',
      context: { user: { name: 'Ada "A" \u202e', moderator: true }, features: {} },
      list: [1, -2.5e-7, null, [], ['x']],
    };
    expect(formatJson(value)).toBe(JSON.stringify(value, null, 2));
    expect(formatJson('plain')).toBe('"plain"');
    expect(formatJson(null)).toBe('null');
  });

  it('shows containers below the depth limit as […] and says so', () => {
    expect(formatJson({ a: [[['deep']]] }, { maxDepth: 2, maxChars: 1000 })).toBe(
      '{\n  "a": [\n    […]\n  ]\n}\n(Nested deeper than 2 levels: shown as […] or {…}.)',
    );
    expect(formatJson({ a: { b: { c: 1 } } }, { maxDepth: 2, maxChars: 1000 })).toBe(
      '{\n  "a": {\n    "b": {…}\n  }\n}\n(Nested deeper than 2 levels: shown as […] or {…}.)',
    );
  });

  it('stops at the character limit and says where', () => {
    expect(formatJson({ name: 'abcdefghij' }, { maxDepth: 5, maxChars: 12 })).toBe(
      '{\n  "name": \n… (cut here: longer than 12 characters)',
    );
  });

  it('formats arrays nested 5,000 deep (where JSON.stringify throws) in a few kB', () => {
    const value = nested(5000);
    expect(() => JSON.stringify(value, null, 2)).toThrow(RangeError);
    const text = formatJson({ deep: value });
    expect(text.length).toBeLessThan(5000);
    expect(text.endsWith('(Nested deeper than 32 levels: shown as […] or {…}.)')).toBe(true);
  });

  it('keeps a 3,000-deep claim (54 M characters indented) under the character limit', () => {
    const text = formatJson(nested(3000), { maxDepth: 3000, maxChars: 20_000 });
    expect(text.length).toBeLessThan(20_100);
    expect(text.endsWith('… (cut here: longer than 20000 characters)')).toBe(true);
  });
});

describe('nestsDeeperThan', () => {
  it('counts nested containers without recursion', () => {
    expect(nestsDeeperThan({ a: { b: 1 } }, 2)).toBe(false);
    expect(nestsDeeperThan({ a: { b: {} } }, 2)).toBe(true);
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan(nested(100_000), 32)).toBe(true);
  });
});

describe('oneLineJson', () => {
  it('writes JSON.stringify(value) within limits, never throwing', () => {
    expect(oneLineJson({ a: [1, 'x'], b: {} }, { maxDepth: 5, maxChars: 100 })).toBe(
      '{"a":[1,"x"],"b":{}}',
    );
    expect(oneLineJson(nested(5000), { maxDepth: 3, maxChars: 100 })).toBe('[[[[…]]]]');
    expect(oneLineJson('abcdef', { maxDepth: 3, maxChars: 4 })).toBe('"abc…');
  });
});
