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
