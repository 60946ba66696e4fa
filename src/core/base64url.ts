/** Base64url without padding, as JWT segments use it. Private helpers of the core. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int16Array(128).fill(-1);
for (let index = 0; index < ALPHABET.length; index += 1) VALUES[ALPHABET.charCodeAt(index)] = index;

export type Base64urlProblem = 'padding' | 'character' | 'length';

/** The first problem in a base64url segment, or undefined when it is well formed. */
export function base64urlProblem(segment: string): Base64urlProblem | undefined {
  for (let index = 0; index < segment.length; index += 1) {
    const code = segment.charCodeAt(index);
    if (code === 61 /* = */) return 'padding';
    if (code >= 128 || (VALUES[code] ?? -1) < 0) return 'character';
  }
  return segment.length % 4 === 1 ? 'length' : undefined;
}

/** Decodes a segment already checked with `base64urlProblem`. */
export function base64urlToBytes(segment: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((segment.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (let index = 0; index < segment.length; index += 1) {
    buffer = (buffer << 6) | (VALUES[segment.charCodeAt(index)] ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out] = (buffer >> bits) & 0xff;
      out += 1;
    }
  }
  return bytes.subarray(0, out);
}

export function bytesToBase64url(bytes: Uint8Array): string {
  let text = '';
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const chunk =
      ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    text +=
      ALPHABET.charAt(chunk >> 18) +
      ALPHABET.charAt((chunk >> 12) & 63) +
      ALPHABET.charAt((chunk >> 6) & 63) +
      ALPHABET.charAt(chunk & 63);
  }
  const rest = bytes.length - index;
  if (rest === 1) {
    const chunk = (bytes[index] ?? 0) << 16;
    text += ALPHABET.charAt(chunk >> 18) + ALPHABET.charAt((chunk >> 12) & 63);
  } else if (rest === 2) {
    const chunk = ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8);
    text +=
      ALPHABET.charAt(chunk >> 18) +
      ALPHABET.charAt((chunk >> 12) & 63) +
      ALPHABET.charAt((chunk >> 6) & 63);
  }
  return text;
}

const utf8 = new TextDecoder('utf-8');

export function base64urlToText(segment: string): string {
  return utf8.decode(base64urlToBytes(segment));
}
