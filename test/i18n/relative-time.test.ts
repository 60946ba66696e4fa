import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../src/i18n/relative-time.ts';

describe('relativeTime', () => {
  it('picks seconds, minutes, hours or days, and the language writes them', () => {
    expect(relativeTime(-10, 'en')).toBe('10 seconds ago');
    expect(relativeTime(3480, 'en')).toBe('in 58 minutes');
    expect(relativeTime(3480, 'de')).toBe('in 58 Minuten');
    expect(relativeTime(-3 * 3600 - 59, 'fr')).toBe('il y a 3 heures');
    expect(relativeTime(5 * 86_400, 'es')).toBe('dentro de 5 días');
  });

  it('rounds towards now at each unit boundary', () => {
    expect(relativeTime(59, 'en')).toBe('in 59 seconds');
    expect(relativeTime(60, 'en')).toBe('in 1 minute');
    expect(relativeTime(0, 'en')).toBe('now');
    expect(relativeTime(-86_400 * 2.5, 'en')).toBe('2 days ago');
    expect(relativeTime(-86_400 * 2, 'de')).toBe('vorgestern');
    expect(relativeTime(119 * 60 + 59, 'en')).toBe('in 119 minutes');
    expect(relativeTime(120 * 60, 'en')).toBe('in 2 hours');
    expect(relativeTime(-48 * 3600, 'en')).toBe('2 days ago');
    expect(relativeTime(400 * 86_400, 'en')).toBe('in 400 days');
    expect(relativeTime(3 * 365.25 * 86_400, 'en')).toBe('in 3 years');
    // The furthest a Date can hold (the debug panel shows nothing further as a date).
    expect(relativeTime(-8.64e12 - 1_780_000_000, 'de')).toBe('vor 273.841 Jahren');
  });
});
