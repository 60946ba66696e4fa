const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number, number]> = [
  // unit, its length in seconds, used below this many seconds
  ['second', 1, 60],
  ['minute', 60, 120 * 60],
  ['hour', 3600, 48 * 3600],
  // From two years on, as the core's English words do: not "in 99,999,999 days".
  ['day', 86_400, 2 * 365.25 * 86_400],
  ['year', 365.25 * 86_400, Number.POSITIVE_INFINITY],
];

/**
 * `seconds` from now (negative: in the past) in words of `language`, as Intl writes them:
 * "in 58 minutes", "vor 10 Sekunden", "dans 3 heures". Whole units, rounded towards now.
 */
export function relativeTime(seconds: number, language: string): string {
  const distance = Math.abs(seconds);
  const [unit, length] = UNITS.find(([, , below]) => distance < below) ?? ['day', 86_400];
  const whole = Math.trunc(seconds / length);
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(whole, unit);
}

/** A date and time as `language` writes them. */
export function dateTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    date,
  );
}
