/** How much of a JSON value is shown: nesting levels, and characters in all. */
export interface JsonViewLimits {
  maxDepth: number;
  maxChars: number;
}

/**
 * Enough for any real token (a few levels, a few kB), small enough that a hostile one (arrays
 * nested thousands deep, whose indented form runs to tens of millions of characters) costs
 * nothing to show.
 */
export const JSON_VIEW_LIMITS: JsonViewLimits = { maxDepth: 32, maxChars: 20_000 };

class Cut extends Error {}

/**
 * Parsed JSON as `JSON.stringify(value, null, 2)` writes it, within limits: containers nested
 * deeper than `maxDepth` are shown as `[…]` or `{…}`, and the text stops at `maxChars`. A note
 * on the last line says what was left out. Never throws, whatever the nesting.
 */
export function formatJson(value: unknown, limits: JsonViewLimits = JSON_VIEW_LIMITS): string {
  return writeJson(value, limits, true);
}

/**
 * Parsed JSON on one line, as `JSON.stringify(value)` writes it, within limits (no note): for a
 * claim quoted in a sentence. Never throws.
 */
export function oneLineJson(value: unknown, limits: JsonViewLimits): string {
  return writeJson(value, limits, false);
}

function writeJson(value: unknown, limits: JsonViewLimits, pretty: boolean): string {
  const parts: string[] = [];
  let length = 0;
  let tooDeep = false;
  const write = (text: string) => {
    if (length + text.length > limits.maxChars) {
      parts.push(text.slice(0, limits.maxChars - length));
      throw new Cut();
    }
    parts.push(text);
    length += text.length;
  };
  const visit = (item: unknown, depth: number, indent: string) => {
    if (item === null || typeof item !== 'object') {
      write(JSON.stringify(item) ?? 'null');
      return;
    }
    const isArray = Array.isArray(item);
    const entries: [string | undefined, unknown][] = isArray
      ? item.map((entry: unknown): [undefined, unknown] => [undefined, entry])
      : Object.entries(item);
    const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) {
      write(`${open}${close}`);
      return;
    }
    if (depth >= limits.maxDepth) {
      tooDeep = true;
      write(`${open}…${close}`);
      return;
    }
    const inner = pretty ? `${indent}  ` : '';
    const lineBreak = pretty ? '\n' : '';
    write(open);
    entries.forEach(([key, entry], index) => {
      write(`${index === 0 ? '' : ','}${lineBreak}${inner}`);
      if (key !== undefined) write(`${JSON.stringify(key)}:${pretty ? ' ' : ''}`);
      visit(entry, depth + 1, inner);
    });
    write(`${lineBreak}${indent}${close}`);
  };
  try {
    visit(value, 0, '');
  } catch (error) {
    if (!(error instanceof Cut)) throw error;
    if (!pretty) return `${parts.join('')}…`;
    return `${parts.join('')}\n… (cut here: longer than ${limits.maxChars} characters)`;
  }
  const text = parts.join('');
  return tooDeep && pretty
    ? `${text}\n(Nested deeper than ${limits.maxDepth} levels: shown as […] or {…}.)`
    : text;
}

/** Whether parsed JSON nests containers more than `maxDepth` deep (checked without recursion). */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= maxDepth) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}
