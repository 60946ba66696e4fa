import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/core/visible-text.ts';

describe('visibleText', () => {
  it('shows controls that hide or reorder text as escapes, and keeps the rest', () => {
    expect(visibleText('Session \u202eexpired\u202c.', 100)).toBe('Session \\u202eexpired\\u202c.');
    expect(visibleText('a\nb\tc\u0085d\u2066e', 100)).toBe('a\\u000ab\\u0009c\\u0085d\\u2066e');
    expect(visibleText('a\u2028b\u2029c\u061cd', 100)).toBe('a\\u2028b\\u2029c\\u061cd');
    expect(visibleText('Café, 東京, مرحبا', 100)).toBe('Café, 東京, مرحبا');
  });

  it('cuts at the limit', () => {
    expect(visibleText('abcdef', 3)).toBe('abc…');
  });
});
