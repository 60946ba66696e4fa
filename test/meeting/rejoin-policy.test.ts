import { describe, expect, it } from 'vitest';
import {
  mayRejoin,
  REJOIN_LIMIT,
  REJOIN_WINDOW_MS,
  recentRejoins,
} from '../../src/meeting/rejoin-policy.ts';

const T = 1_800_000_000_000;
const MINUTE = 60_000;

describe('rejoin policy', () => {
  it('allows 3 rejoins in 10 minutes', () => {
    expect(REJOIN_LIMIT).toBe(3);
    expect(REJOIN_WINDOW_MS).toBe(10 * MINUTE);
    expect(mayRejoin([], T)).toBe(true);
    expect(mayRejoin([T - 5 * MINUTE, T - 2 * MINUTE], T)).toBe(true);
    expect(mayRejoin([T - 9 * MINUTE, T - 5 * MINUTE, T - 1], T)).toBe(false);
  });

  it('forgets rejoins older than the window', () => {
    const history = [T - 10 * MINUTE, T - 5 * MINUTE, T - 1];
    expect(mayRejoin(history, T)).toBe(true);
    expect(recentRejoins(history, T)).toEqual([T - 5 * MINUTE, T - 1]);
  });
});
