import { describe, expect, it } from 'vitest';
import { claimDate, describeTime, formatCountdown } from '../../src/core/format-time.ts';

const NOW = 1_800_000_000;

describe('describeTime', () => {
  it.each<[number, 'exp' | 'nbf' | 'iat', string]>([
    [NOW + 3500, 'exp', 'expires in 58 min'],
    [NOW - 180, 'exp', 'expired 3 min ago'],
    [NOW, 'exp', 'expired just now'],
    [NOW + 30, 'exp', 'expires in 30 s'],
    [NOW + 3 * 3600 + 600, 'exp', 'expires in 3 h 10 min'],
    [NOW + 5 * 3600, 'exp', 'expires in 5 h'],
    [NOW - 3 * 86400, 'exp', 'expired 3 days ago'],
    [NOW + 120, 'nbf', 'valid in 2 min'],
    [NOW - 10, 'nbf', 'valid since 10 s ago'],
    [NOW - 300, 'iat', 'issued 5 min ago'],
    [NOW + 300, 'iat', 'issued 5 min in the future (clock ahead?)'],
    [NOW + 400 * 86400, 'exp', 'expires in 400 days'],
    [NOW + 800 * 86400, 'exp', 'expires in 2 years'],
    [NOW + 5000 * 366 * 86400, 'exp', 'expires in 5010 years'],
    [1e308, 'exp', 'expires in more than 10,000 years'],
    [-1e308, 'exp', 'expired more than 10,000 years ago'],
    [Number.POSITIVE_INFINITY, 'exp', 'expires in more than 10,000 years'],
    [Number.NEGATIVE_INFINITY, 'nbf', 'valid since more than 10,000 years ago'],
    [1e308, 'iat', 'issued more than 10,000 years in the future (clock ahead?)'],
  ])('%d (%s)', (claim, kind, text) => {
    expect(describeTime(claim, NOW, kind)).toBe(text);
  });

  it('defaults to exp wording', () => {
    expect(describeTime(NOW + 3480, NOW)).toBe('expires in 58 min');
  });
});

describe('formatCountdown', () => {
  it.each<[number, string]>([
    [3725, '1 h 02 min 05 s'],
    [59, '0 min 59 s'],
    [-5, '0 min 00 s'],
    [47 * 3600 + 59 * 60 + 59, '47 h 59 min 59 s'],
    [48 * 3600, '2 days'],
    [3 * 365.25 * 86400, '3 years'],
    [1e308, 'more than 10,000 years'],
    [Number.POSITIVE_INFINITY, 'more than 10,000 years'],
    [Number.NaN, '0 min 00 s'],
  ])('%d s: %s', (seconds, text) => {
    expect(formatCountdown(seconds)).toBe(text);
  });
});

describe('claimDate', () => {
  it('gives a Date only for seconds a Date can hold', () => {
    expect(claimDate(1_780_000_000)?.toISOString()).toBe('2026-05-28T20:26:40.000Z');
    expect(claimDate(8.64e12)?.toISOString()).toBe('+275760-09-13T00:00:00.000Z');
    expect(claimDate(-8.64e12)?.toISOString()).toBe('-271821-04-20T00:00:00.000Z');
    expect(claimDate(8.64e12 + 1)).toBeUndefined();
    expect(claimDate(1e300)).toBeUndefined();
    expect(claimDate(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(claimDate(Number.NaN)).toBeUndefined();
  });
});
