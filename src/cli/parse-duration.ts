/** Longest --lifetime sign accepts: a token valid for over a year is a leaked password. */
export const MAX_LIFETIME_SECONDS = 366 * 86400;

const UNITS: Record<string, number> = { s: 1, m: 60, min: 60, h: 3600, d: 86400 };

/** "90", "90s", "30m", "1h", "2d" -> seconds; undefined when not a positive duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)\s*(s|m|min|h|d)?$/.exec(text.trim());
  if (!match) return undefined;
  const seconds = Number(match[1]) * (UNITS[match[2] ?? 's'] ?? 1);
  return seconds > 0 ? seconds : undefined;
}
