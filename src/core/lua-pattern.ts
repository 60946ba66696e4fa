/**
 * Lua 5.4 pattern matching (`string.find` / `string.match`), which a Jitsi server uses for regex
 * rooms (`context.room.regex`). Lua patterns are not regular expressions: `%` escapes, `-` is a
 * lazy `*`, there is no `|`, `%b()` and `%f[set]` exist. Works on UTF-8 bytes, as Lua does.
 */

export interface LuaPatternError {
  kind: 'lua-pattern';
  /** Lua's own error text, e.g. `malformed pattern (ends with '%')`. */
  message: string;
}

export type LuaMatchResult =
  | { ok: true; value: string | null }
  | { ok: false; error: LuaPatternError };

class PatternFailure extends Error {}

const MAX_CAPTURES = 32;
const MAX_DEPTH = 200;
const MAX_STEPS = 1_000_000;
const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;

const PERCENT = 37;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const CARET = 94;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isControl = (c: number) => c < 32 || c === 127;
const isPunct = (c: number) => c > 32 && c < 127 && !isAlpha(c) && !isDigit(c);
const isGraph = (c: number) => c > 32 && c < 127;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** `%a`, `%d`, ... ; an upper-case class letter is the complement; any other char is literal. */
function matchClass(c: number, classChar: number): boolean {
  let result: boolean;
  switch (classChar | 32) {
    case 97 /* a */:
      result = isAlpha(c);
      break;
    case 99 /* c */:
      result = isControl(c);
      break;
    case 100 /* d */:
      result = isDigit(c);
      break;
    case 103 /* g */:
      result = isGraph(c);
      break;
    case 108 /* l */:
      result = isLower(c);
      break;
    case 112 /* p */:
      result = isPunct(c);
      break;
    case 115 /* s */:
      result = isSpace(c);
      break;
    case 117 /* u */:
      result = isUpper(c);
      break;
    case 119 /* w */:
      result = isAlpha(c) || isDigit(c);
      break;
    case 120 /* x */:
      result = isHex(c);
      break;
    default:
      return classChar === c;
  }
  return isUpper(classChar) ? !result : result;
}

interface Capture {
  start: number;
  length: number;
}

class Matcher {
  level = 0;
  depth = MAX_DEPTH;
  steps = 0;
  readonly captures: Capture[] = [];

  constructor(
    readonly src: Uint8Array,
    readonly pat: Uint8Array,
  ) {}

  at(index: number): number {
    return this.pat[index] ?? -1;
  }

  /** Index just after the single-character class starting at `p`. */
  classEnd(start: number): number {
    let p = start;
    const c = this.at(p);
    p += 1;
    if (c === PERCENT) {
      if (p >= this.pat.length) throw new PatternFailure("malformed pattern (ends with '%')");
      return p + 1;
    }
    if (c === OPEN_BRACKET) {
      if (this.at(p) === CARET) p += 1;
      do {
        if (p >= this.pat.length) throw new PatternFailure("malformed pattern (missing ']')");
        const current = this.at(p);
        p += 1;
        if (current === PERCENT && p < this.pat.length) p += 1;
      } while (this.at(p) !== CLOSE_BRACKET);
      return p + 1;
    }
    return p;
  }

  /** `p` at '[', `end` at its ']'. */
  matchBracket(c: number, start: number, end: number): boolean {
    let p = start;
    let matches = true;
    if (this.at(p + 1) === CARET) {
      matches = false;
      p += 1;
    }
    for (p += 1; p < end; p += 1) {
      const current = this.at(p);
      if (current === PERCENT) {
        p += 1;
        if (matchClass(c, this.at(p))) return matches;
      } else if (this.at(p + 1) === 45 /* - */ && p + 2 < end) {
        p += 2;
        if (current <= c && c <= this.at(p)) return matches;
      } else if (current === c) {
        return matches;
      }
    }
    return !matches;
  }

  singleMatch(s: number, p: number, ep: number): boolean {
    if (s >= this.src.length) return false;
    const c = this.src[s] ?? -1;
    switch (this.at(p)) {
      case 46 /* . */:
        return true;
      case PERCENT:
        return matchClass(c, this.at(p + 1));
      case OPEN_BRACKET:
        return this.matchBracket(c, p, ep - 1);
      default:
        return this.at(p) === c;
    }
  }

  tick(): void {
    this.steps += 1;
    if (this.steps > MAX_STEPS) throw new PatternFailure('pattern too complex');
  }

  /** Index in `src` where the match of `pat[p..]` at `s` ends, or -1. */
  doMatch(start: number, patternStart: number): number {
    // Lua allows MAXCCALLS (200) nested match calls per start position.
    if (this.depth === 0) throw new PatternFailure('pattern too complex');
    this.depth -= 1;
    try {
      return this.matchLoop(start, patternStart);
    } finally {
      this.depth += 1;
    }
  }

  private matchLoop(start: number, patternStart: number): number {
    let s = start;
    let p = patternStart;
    for (;;) {
      this.tick();
      if (p >= this.pat.length) return s;
      const c = this.at(p);
      if (c === 40 /* ( */) {
        return this.at(p + 1) === 41
          ? this.startCapture(s, p + 2, CAP_POSITION)
          : this.startCapture(s, p + 1, CAP_UNFINISHED);
      }
      if (c === 41 /* ) */) return this.endCapture(s, p + 1);
      if (c === 36 /* $ */ && p + 1 === this.pat.length) return s === this.src.length ? s : -1;
      if (c === PERCENT) {
        const next = this.at(p + 1);
        if (next === 98 /* b */) {
          s = this.matchBalance(s, p + 2);
          if (s === -1) return -1;
          p += 4;
          continue;
        }
        if (next === 102 /* f */) {
          p += 2;
          if (this.at(p) !== OPEN_BRACKET) {
            throw new PatternFailure("missing '[' after '%f' in pattern");
          }
          const ep = this.classEnd(p);
          const previous = s === 0 ? 0 : (this.src[s - 1] ?? 0);
          const current = s < this.src.length ? (this.src[s] ?? 0) : 0;
          if (!this.matchBracket(previous, p, ep - 1) && this.matchBracket(current, p, ep - 1)) {
            p = ep;
            continue;
          }
          return -1;
        }
        if (isDigit(next)) {
          s = this.matchCapture(s, next);
          if (s === -1) return -1;
          p += 2;
          continue;
        }
      }
      const ep = this.classEnd(p);
      const quantifier = this.at(ep);
      if (!this.singleMatch(s, p, ep)) {
        if (quantifier === 42 || quantifier === 63 || quantifier === 45) {
          p = ep + 1;
          continue;
        }
        return -1;
      }
      if (quantifier === 63 /* ? */) {
        const result = this.doMatch(s + 1, ep + 1);
        if (result !== -1) return result;
        p = ep + 1;
        continue;
      }
      if (quantifier === 43 /* + */) return this.maxExpand(s + 1, p, ep);
      if (quantifier === 42 /* * */) return this.maxExpand(s, p, ep);
      if (quantifier === 45 /* - */) return this.minExpand(s, p, ep);
      s += 1;
      p = ep;
    }
  }

  maxExpand(s: number, p: number, ep: number): number {
    let count = 0;
    while (this.singleMatch(s + count, p, ep)) count += 1;
    for (; count >= 0; count -= 1) {
      this.tick();
      const result = this.doMatch(s + count, ep + 1);
      if (result !== -1) return result;
    }
    return -1;
  }

  minExpand(start: number, p: number, ep: number): number {
    let s = start;
    for (;;) {
      this.tick();
      const result = this.doMatch(s, ep + 1);
      if (result !== -1) return result;
      if (!this.singleMatch(s, p, ep)) return -1;
      s += 1;
    }
  }

  matchBalance(start: number, p: number): number {
    if (p + 1 >= this.pat.length) {
      throw new PatternFailure("malformed pattern (missing arguments to '%b')");
    }
    if (start >= this.src.length || this.src[start] !== this.at(p)) return -1;
    const open = this.at(p);
    const close = this.at(p + 1);
    let depth = 1;
    for (let s = start + 1; s < this.src.length; s += 1) {
      const c = this.src[s];
      if (c === close) {
        depth -= 1;
        if (depth === 0) return s + 1;
      } else if (c === open) {
        depth += 1;
      }
    }
    return -1;
  }

  startCapture(s: number, p: number, what: number): number {
    if (this.level >= MAX_CAPTURES) throw new PatternFailure('too many captures');
    this.captures[this.level] = { start: s, length: what };
    this.level += 1;
    const result = this.doMatch(s, p);
    if (result === -1) this.level -= 1;
    return result;
  }

  endCapture(s: number, p: number): number {
    let open = -1;
    for (let index = this.level - 1; index >= 0; index -= 1) {
      if (this.captures[index]?.length === CAP_UNFINISHED) {
        open = index;
        break;
      }
    }
    const capture = this.captures[open];
    if (!capture) throw new PatternFailure('invalid pattern capture');
    capture.length = s - capture.start;
    const result = this.doMatch(s, p);
    if (result === -1) capture.length = CAP_UNFINISHED;
    return result;
  }

  matchCapture(s: number, digit: number): number {
    const index = digit - 49;
    const capture = this.captures[index];
    if (index < 0 || index >= this.level || !capture || capture.length === CAP_UNFINISHED) {
      throw new PatternFailure(`invalid capture index %${index + 1} in pattern`);
    }
    const length = capture.length === CAP_POSITION ? 0 : capture.length;
    if (this.src.length - s < length) return -1;
    for (let offset = 0; offset < length; offset += 1) {
      if (this.src[capture.start + offset] !== this.src[s + offset]) return -1;
    }
    return s + length;
  }
}

type RawMatch = { start: number; end: number; matcher: Matcher } | null;

function search(subject: string, pattern: string): RawMatch {
  const matcher = new Matcher(encoder.encode(subject), encoder.encode(pattern));
  const anchored = matcher.at(0) === CARET;
  const patternStart = anchored ? 1 : 0;
  let s = 0;
  do {
    matcher.level = 0;
    const end = matcher.doMatch(s, patternStart);
    if (end !== -1) return { start: s, end, matcher };
    s += 1;
  } while (s <= matcher.src.length && !anchored);
  return null;
}

function failure(error: unknown): { ok: false; error: LuaPatternError } {
  const message =
    error instanceof PatternFailure ? error.message : 'pattern could not be evaluated';
  return { ok: false, error: { kind: 'lua-pattern', message } };
}

/**
 * Lua's `subject:match(pattern)`: the first capture, or the whole match when the pattern has no
 * captures, or null when nothing matches. A malformed pattern is an error value (Lua raises).
 */
export function luaMatch(subject: string, pattern: string): LuaMatchResult {
  try {
    const found = search(subject, pattern);
    if (!found) return { ok: true, value: null };
    const { matcher, start, end } = found;
    if (matcher.level === 0) {
      return { ok: true, value: decoder.decode(matcher.src.subarray(start, end)) };
    }
    const first = matcher.captures[0];
    if (!first || first.length === CAP_UNFINISHED) throw new PatternFailure('unfinished capture');
    if (first.length === CAP_POSITION) return { ok: true, value: String(first.start + 1) };
    return {
      ok: true,
      value: decoder.decode(matcher.src.subarray(first.start, first.start + first.length)),
    };
  } catch (error) {
    return failure(error);
  }
}
