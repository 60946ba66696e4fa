import { isInvisible } from '../core/visible-text.ts';

const hex = (code: number, digits: number) => code.toString(16).toUpperCase().padStart(digits, '0');

function escapeAll(text: string, keep: (code: number) => boolean, show: (code: number) => string) {
  let result = '';
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isInvisible(code) || keep(code)) continue;
    result += text.slice(start, index) + show(code);
    start = index + 1;
  }
  return start === 0 ? text : result + text.slice(start);
}

const terminalEscape = (code: number) =>
  code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;

/**
 * Text made safe to print: every character a terminal acts on instead of showing (C0 and C1
 * controls, ESC and the one-character CSI U+009B among them, DEL, and the marks that reorder
 * text; the set core's visibleText escapes on screen) shown as `\x1B` or `\u202E`. Line breaks and
 * tabs stay unless `oneLine`, for a value that must not start a line of its own (a token's claim
 * could otherwise print a fake "Login: ACCEPTED" line).
 */
export function terminalSafe(text: string, oneLine = false): string {
  return escapeAll(text, (code) => !oneLine && (code === 0x0a || code === 0x09), terminalEscape);
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, bidi marks) written as
 * `\uXXXX` escapes: the same value to a JSON parser, harmless in a terminal.
 */
export function jsonSafe(json: string): string {
  return escapeAll(
    json,
    (code) => code < 0x20,
    (code) => `\\u${hex(code, 4)}`,
  );
}

/** A text from a token, a file or a server on one line: line breaks and tabs escaped too. */
export const oneLine = (text: string) => terminalSafe(text, true);

/** A value as the indented JSON a `--json` option prints, safe in a terminal (see jsonSafe). */
export const jsonOutput = (value: unknown) => `${jsonSafe(JSON.stringify(value, null, 2))}\n`;
