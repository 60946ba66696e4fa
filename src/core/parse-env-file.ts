/** A `.env` file as docker compose reads it: names and values, and the lines it could not read. */
export interface EnvFile {
  /** Values after quotes, escapes and `${NAME}` substitution; a later line wins. */
  values: Record<string, string>;
  /** Names in the order they first appear. */
  names: string[];
  problems: EnvLineProblem[];
}

export interface EnvLineProblem {
  kind: 'not-an-assignment' | 'bad-name' | 'unclosed-quote' | 'undefined-variable';
  /** 1-based line number. */
  line: number;
  /** The name concerned: the setting, or the variable a `${…}` named. */
  name?: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Longest file read: a docker-jitsi-meet .env is a few kB. */
export const MAX_ENV_FILE_LENGTH = 256 * 1024;

/**
 * Parses a docker compose `.env` (docker-jitsi-meet's settings file): `#` comments, blank lines,
 * an optional `export`, `NAME=value` with unquoted values (a ` #` starts a comment), 'single'
 * quotes (literal), "double" quotes (`\n \t \" \\` escapes, may span lines), `$$` for `$`, and
 * `${NAME}`, `${NAME:-default}`, `$NAME` from earlier lines. Never throws.
 */
export function parseEnvFile(text: string): EnvFile {
  const values: Record<string, string> = {};
  const names: string[] = [];
  const problems: EnvLineProblem[] = [];
  const lines = text.slice(0, MAX_ENV_FILE_LENGTH).replace(/\r\n?/g, '\n').split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const number = index + 1;
    const line = (lines[index] ?? '').replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const assignment = line.replace(/^export\s+/, '');
    const equals = assignment.indexOf('=');
    if (equals < 0) {
      problems.push({ kind: 'not-an-assignment', line: number });
      continue;
    }
    const name = assignment.slice(0, equals).trim();
    if (!NAME.test(name)) {
      problems.push({ kind: 'bad-name', line: number, name });
      continue;
    }
    let rest = assignment.slice(equals + 1).trimStart();
    const quote = rest[0];
    let value: string;
    if (quote === "'" || quote === '"') {
      // A quoted value may go on over the next lines until its closing quote.
      let close = closingQuote(rest, quote);
      while (close < 0 && index + 1 < lines.length) {
        index += 1;
        rest += `\n${lines[index] ?? ''}`;
        close = closingQuote(rest, quote);
      }
      if (close < 0) {
        problems.push({ kind: 'unclosed-quote', line: number, name });
        continue;
      }
      const inner = rest.slice(1, close);
      value =
        quote === "'"
          ? inner
          : substitute(unescapeDoubleQuoted(inner), values, (missing) =>
              problems.push({ kind: 'undefined-variable', line: number, name: missing }),
            );
    } else {
      const comment = rest.search(/\s#/);
      const raw = (comment < 0 ? rest : rest.slice(0, comment)).trim();
      value = substitute(raw, values, (missing) =>
        problems.push({ kind: 'undefined-variable', line: number, name: missing }),
      );
    }
    if (!(name in values)) names.push(name);
    values[name] = value;
  }
  return { values, names, problems };
}

function closingQuote(text: string, quote: string): number {
  for (let i = 1; i < text.length; i += 1) {
    if (quote === '"' && text[i] === '\\') i += 1;
    else if (text[i] === quote) return i;
  }
  return -1;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function unescapeDoubleQuoted(text: string): string {
  return text.replace(/\\(.)/gs, (whole, char: string) => ESCAPES[char] ?? whole);
}

/** `$$` is a `$`; `${NAME}`, `${NAME:-default}`, `${NAME-default}` and `$NAME` take earlier values. */
function substitute(
  text: string,
  values: Record<string, string>,
  missing: (name: string) => void,
): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, braced?: string, operator?: string, fallback?: string, bare?: string) => {
      if (whole === '$$') return '$';
      const name = braced ?? bare ?? '';
      const value = values[name];
      if (operator === ':-' && (value === undefined || value === '')) return fallback ?? '';
      if (operator === '-' && value === undefined) return fallback ?? '';
      if (value === undefined) {
        missing(name);
        return '';
      }
      return value;
    },
  );
}
