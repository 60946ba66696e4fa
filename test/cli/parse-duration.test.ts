import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/cli/parse-duration.ts';

describe('parseDuration', () => {
  it.each<[string, number | undefined]>([
    ['90', 90],
    ['90s', 90],
    ['30m', 1800],
    ['30min', 1800],
    ['1h', 3600],
    ['2d', 172800],
    ['0', undefined],
    ['1.5h', undefined],
    ['forever', undefined],
    ['-1h', undefined],
  ])('%j -> %s', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });
});
