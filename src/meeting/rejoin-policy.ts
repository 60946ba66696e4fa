/** At most this many automatic rejoins … */
export const REJOIN_LIMIT = 3;
/** … within this window (milliseconds). */
export const REJOIN_WINDOW_MS = 10 * 60 * 1000;

/**
 * Whether the launcher may rejoin by itself now, given when it last did (milliseconds). A server
 * that refuses every fresh token would otherwise make the launcher loop; past the bound the user
 * decides with Rejoin.
 */
export function mayRejoin(history: readonly number[], now: number): boolean {
  return recentRejoins(history, now).length < REJOIN_LIMIT;
}

/** The rejoins still inside the window, oldest first. */
export function recentRejoins(history: readonly number[], now: number): number[] {
  return history.filter((at) => now - at < REJOIN_WINDOW_MS);
}
