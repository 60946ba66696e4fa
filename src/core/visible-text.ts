/**
 * Controls that hide text, break the line or reorder the words around it: C0 and C1, the bidi
 * marks (LRM, RLM, ALM), embeddings, overrides and isolates, the line and paragraph separators.
 */
const INVISIBLE_CLASS = '[\\p{Cc}\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069]';
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'gu');
const ONE_INVISIBLE = new RegExp(`^${INVISIBLE_CLASS}$`, 'u');

/** Whether this UTF-16 code unit is one of those controls (the CLI escapes the same set). */
export function isInvisible(code: number): boolean {
  return ONE_INVISIBLE.test(String.fromCharCode(code));
}

function escaped(character: string): string {
  return `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/**
 * Text a server or a token wrote, made safe to quote in a sentence on screen: cut at `limit`
 * characters (with …), and every control that would hide text or turn the sentence around
 * (a right-to-left override, a line break) shown as its \u escape.
 */
export function visibleText(text: string, limit: number): string {
  const cut = text.length > limit ? `${text.slice(0, limit)}…` : text;
  return cut.replace(INVISIBLE, escaped);
}
