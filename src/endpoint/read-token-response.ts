import type { Result } from '../core/types.ts';
import { visibleText } from '../core/visible-text.ts';
import type { TokenError } from '../token-source/token-source.ts';

const SERVER_TEXT_LIMIT = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeHtml(contentType: string, body: string): boolean {
  return contentType.includes('html') || /^\s*</.test(body);
}

function parseJson(body: string): Result<unknown, undefined> {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, error: undefined };
  }
}

/**
 * Takes the token out of a 2xx answer: `{"token": ...}`, `{"jwt": ...}` or a text/plain JWT.
 * Whether the string is a well-formed JWT is the pre-join check's job.
 */
export function readTokenBody(
  status: number,
  contentType: string,
  body: string,
): Result<string, TokenError> {
  const text = body.trim();
  if (text === '') {
    return {
      ok: false,
      error: {
        kind: 'endpoint-empty',
        status,
        message: `The token endpoint answered ${status} with an empty body instead of a token.`,
      },
    };
  }
  if (looksLikeHtml(contentType, text)) {
    return {
      ok: false,
      error: {
        kind: 'endpoint-html',
        status,
        message: `The token endpoint answered ${status} with a web page instead of a token: often a sign-in page or a proxy's error page, or a wrong endpoint URL.`,
      },
    };
  }
  const json = contentType.includes('json') || /^[{["]/.test(text);
  if (!json) return { ok: true, value: text };
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      ok: false,
      error: {
        kind: 'endpoint-invalid-json',
        message: 'The token endpoint answered with JSON that does not parse.',
      },
    };
  }
  const value = parsed.value;
  if (typeof value === 'string' && value.trim() !== '') return { ok: true, value: value.trim() };
  if (isRecord(value)) {
    for (const key of ['token', 'jwt']) {
      const candidate = value[key];
      if (typeof candidate === 'string' && candidate.trim() !== '')
        return { ok: true, value: candidate.trim() };
    }
    const keys = Object.keys(value)
      .slice(0, 10)
      .map((key) => visibleText(key, 40));
    return {
      ok: false,
      error: {
        kind: 'endpoint-no-token',
        keys,
        message: `The token endpoint's JSON has no "token" or "jwt" string${keys.length > 0 ? ` (it has: ${keys.join(', ')})` : ''}.`,
      },
    };
  }
  return {
    ok: false,
    error: {
      kind: 'endpoint-no-token',
      keys: [],
      message: 'The token endpoint\'s JSON is not an object with a "token" string.',
    },
  };
}

/** The `error` text and a safe `loginUrl` from a 401/403 JSON body, when there are any. */
export function readAuthBody(
  body: string,
  endpointUrl: string,
): { error?: string; loginUrl?: string } {
  const parsed = parseJson(body);
  if (!parsed.ok || !isRecord(parsed.value)) return {};
  const out: { error?: string; loginUrl?: string } = {};
  const error = parsed.value.error;
  if (typeof error === 'string' && error.trim() !== '')
    out.error = visibleText(error.trim(), SERVER_TEXT_LIMIT);
  const loginUrl = parsed.value.loginUrl;
  if (typeof loginUrl === 'string') {
    const safe = safeHttpUrl(loginUrl, endpointUrl);
    if (safe !== undefined) out.loginUrl = safe;
  }
  return out;
}

/** An absolute http(s) URL, resolved against `base`; never `javascript:` or `data:`. */
function safeHttpUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
