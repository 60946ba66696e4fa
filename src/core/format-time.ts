export type TimeClaim = 'exp' | 'nbf' | 'iat';

function span(seconds: number): string {
  const s = Math.floor(Math.abs(seconds));
  if (s < 60) return `${s} s`;
  if (s < 120 * 60) return `${Math.floor(s / 60)} min`;
  if (s < 48 * 3600) {
    const minutes = Math.floor((s % 3600) / 60);
    return minutes === 0 ? `${Math.floor(s / 3600)} h` : `${Math.floor(s / 3600)} h ${minutes} min`;
  }
  return `${Math.floor(s / 86400)} days`;
}

/**
 * A time claim relative to now, in words: "expires in 58 min", "expired 3 min ago",
 * "valid in 2 min" (nbf), "issued 5 min ago" (iat). Seconds since the epoch.
 */
export function describeTime(claimSeconds: number, now: number, claim: TimeClaim = 'exp'): string {
  if (!Number.isFinite(claimSeconds)) return 'not a time';
  const diff = claimSeconds - now;
  switch (claim) {
    case 'exp':
      if (diff > 0) return `expires in ${span(diff)}`;
      return diff > -1 ? 'expired just now' : `expired ${span(diff)} ago`;
    case 'nbf':
      return diff > 0 ? `valid in ${span(diff)}` : `valid since ${span(diff)} ago`;
    case 'iat':
      return diff > 0
        ? `issued ${span(diff)} in the future (clock ahead?)`
        : `issued ${span(diff)} ago`;
  }
}

/** The largest distance from the epoch a JavaScript Date can hold, in milliseconds. */
const MAX_DATE_MS = 8.64e15;

/**
 * A time claim (seconds since the epoch) as a Date, or undefined when it is not one a Date can
 * hold (NaN is impossible in JSON, but 1e300 is a valid number): `toISOString` would throw.
 */
export function claimDate(claimSeconds: number): Date | undefined {
  const ms = claimSeconds * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? new Date(ms) : undefined;
}
