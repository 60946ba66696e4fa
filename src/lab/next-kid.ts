/**
 * The kid for a rotated key: the trailing number one up (`dev-launcher/key-1` ->
 * `dev-launcher/key-2`), skipping kids in use. Servers cache keys per kid, so a rotation must
 * never reuse one.
 */
export function nextKid(current: string, taken: readonly string[]): string {
  const match = /^(.*?)(\d+)$/.exec(current);
  const stem = match?.[1] ?? `${current}-`;
  let number = match?.[2] === undefined ? 1 : Number.parseInt(match[2], 10);
  let candidate: string;
  do {
    number += 1;
    candidate = `${stem}${number}`;
  } while (taken.includes(candidate));
  return candidate;
}

export const DEFAULT_KID = 'dev-launcher/key-1';

/**
 * The kid for a new key: the default while it was never used, else the next number after the
 * active (or default) kid that no key, living or deleted, has had.
 */
export function freshKid(state: {
  keys: readonly { kid: string }[];
  retiredKids: readonly string[];
  activeKid: string | undefined;
}): string {
  const taken = [...state.keys.map((k) => k.kid), ...state.retiredKids];
  if (!taken.includes(DEFAULT_KID)) return DEFAULT_KID;
  return nextKid(state.activeKid ?? DEFAULT_KID, taken);
}
