export type TimeClaim = 'exp' | 'nbf' | 'iat';

const DAY = 86400;
const YEAR = 365.25 * DAY;
/** Past this, a count of years says nothing more (a token claim can be 1e308 seconds away). */
const MAX_YEARS = 10_000;

/**
 * A distance in time in words: "45 s", "58 min", "3 h 10 min", "3 days", "12 years", "more than
 * 10,000 years" (also for Infinity, which JSON numbers like 1e400 become).
 */
export function span(seconds: number): string {
  const s = Math.floor(Math.abs(seconds));
  if (s < 60) return `${s} s`;
  if (s < 120 * 60) return `${Math.floor(s / 60)} min`;
  if (s < 48 * 3600) {
    const minutes = Math.floor((s % 3600) / 60);
    return minutes === 0 ? `${Math.floor(s / 3600)} h` : `${Math.floor(s / 3600)} h ${minutes} min`;
  }
  if (s < 2 * YEAR) return `${Math.floor(s / DAY)} days`;
  if (s < MAX_YEARS * YEAR) return `${Math.floor(s / YEAR)} years`;
  return `more than ${MAX_YEARS.toLocaleString('en')} years`;
}

/**
 * A live countdown: `1 h 02 min 05 s`, `0 min 59 s`; from two days on the words of `span`
 * ("3 days", "more than 10,000 years"), never "Infinity h NaN min".
 */
export function formatCountdown(seconds: number): string {
  const s = Number.isNaN(seconds) ? 0 : Math.max(0, Math.floor(seconds));
  if (s >= 48 * 3600) return span(s);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h} h ${pad(m)} min ${pad(rest)} s` : `${m} min ${pad(rest)} s`;
}

/**
 * A time claim relative to now, in words: "expires in 58 min", "expired 3 min ago",
 * "valid in 2 min" (nbf), "issued 5 min ago" (iat). Seconds since the epoch.
 */
export function describeTime(claimSeconds: number, now: number, claim: TimeClaim = 'exp'): string {
  if (Number.isNaN(claimSeconds)) return 'not a time';
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
