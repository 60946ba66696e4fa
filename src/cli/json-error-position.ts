const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const STRING = /"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** Where a sticky pattern matches at `index` ends, or -1. */
function matchEnd(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** After a string starting at `index`: its end, or the offset of what makes it invalid. */
function stringEnd(text: string, index: number): { end: number } | { error: number } {
  const end = matchEnd(STRING, text, index);
  if (end < 0) return { error: index };
  for (let at = index; at < end; at += 1) if (text.charCodeAt(at) < 0x20) return { error: at };
  return { end };
}

/**
 * The offset of the first syntax error in a JSON text, or undefined when it is valid. Walks the
 * text with an explicit stack, so a deeply nested file cannot overflow the call stack.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const stack: string[] = [];
  let index = 0;
  let expect: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after' = 'value';
  for (;;) {
    while (index < text.length && WHITESPACE.has(text.charAt(index))) index += 1;
    if (index >= text.length) return expect === 'after' && stack.length === 0 ? undefined : index;
    const char = text.charAt(index);
    const open = stack[stack.length - 1];
    if (expect === 'after') {
      if (char === ',' && open !== undefined) {
        expect = open === '{' ? 'key' : 'value';
      } else if ((char === '}' && open === '{') || (char === ']' && open === '[')) {
        stack.pop();
      } else {
        return index;
      }
      index += 1;
    } else if (
      (expect === 'value-or-close' && char === ']') ||
      (expect === 'key-or-close' && char === '}')
    ) {
      stack.pop();
      index += 1;
      expect = 'after';
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (char !== '"') return index;
      const key = stringEnd(text, index);
      if ('error' in key) return key.error;
      index = key.end;
      while (index < text.length && WHITESPACE.has(text.charAt(index))) index += 1;
      if (text.charAt(index) !== ':') return index;
      index += 1;
      expect = 'value';
    } else if (char === '{' || char === '[') {
      stack.push(char);
      index += 1;
      expect = char === '{' ? 'key-or-close' : 'value-or-close';
    } else if (char === '"') {
      const value = stringEnd(text, index);
      if ('error' in value) return value.error;
      index = value.end;
      expect = 'after';
    } else {
      const end = Math.max(matchEnd(NUMBER, text, index), matchEnd(LITERAL, text, index));
      if (end < 0) return index;
      index = end;
      expect = 'after';
    }
  }
}

/** Line and column (from 1) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
