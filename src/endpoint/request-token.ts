import type { EndpointConfig } from '../config/launcher-config.ts';
import type { Result } from '../core/types.ts';
import { sleep as realSleep } from '../lib/sleep.ts';
import type { TokenError, TokenRequest } from '../meeting/token-source.ts';
import { parseRetryAfter } from './parse-retry-after.ts';
import { readAuthBody, readTokenBody } from './read-token-response.ts';

export interface RequestTokenDeps {
  fetch?: typeof fetch;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
  /** What a relative endpoint URL is resolved against (the launcher's own address). */
  baseUrl?: string;
  /** First backoff step; it doubles each retry. */
  backoffMs?: number;
}

/** A server asking for a longer wait than this is not waited for: the user is told instead. */
export const MAX_RETRY_WAIT_MS = 10_000;
const MAX_BACKOFF_MS = 4_000;

type Attempt = { done: Result<string, TokenError> } | { retry: TokenError; waitMs?: number };

/** The URL and fetch options for one request: POST JSON, or GET with query parameters. */
export function buildTokenRequest(
  endpoint: EndpointConfig,
  request: TokenRequest,
  baseUrl: string,
): { url: string; init: RequestInit } {
  const fields: Record<string, string> = { room: request.room, displayName: request.displayName };
  if (request.email !== undefined && request.email !== '') fields.email = request.email;
  fields.domain = request.domain;
  if (request.tenant !== undefined) fields.tenant = request.tenant;
  const url = new URL(endpoint.url, baseUrl);
  const init: RequestInit = {
    method: endpoint.method,
    credentials: endpoint.credentials,
    cache: 'no-store',
    headers: { Accept: 'application/json, text/plain' },
  };
  if (endpoint.method === 'GET') {
    for (const [key, value] of Object.entries(fields)) url.searchParams.set(key, value);
  } else {
    init.headers = { Accept: 'application/json, text/plain', 'Content-Type': 'application/json' };
    init.body = JSON.stringify(fields);
  }
  return { url: url.href, init };
}

/**
 * Asks the token endpoint for a JWT. Each attempt has its own timeout; 429, 502, 503 and
 * network failures are retried `endpoint.retries` times with doubling backoff, honouring
 * `Retry-After`. Never throws; every failure is a `TokenError` whose message holds no token.
 */
export async function requestToken(
  endpoint: EndpointConfig,
  request: TokenRequest,
  signal: AbortSignal,
  deps: RequestTokenDeps = {},
): Promise<Result<string, TokenError>> {
  const fetchImpl = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? Date.now;
  const baseUrl = deps.baseUrl ?? globalThis.location?.href ?? 'http://localhost/';
  const backoffMs = deps.backoffMs ?? 500;
  const { url, init } = buildTokenRequest(endpoint, request, baseUrl);

  let last: TokenError | undefined;
  for (let attempt = 0; attempt <= endpoint.retries; attempt += 1) {
    if (signal.aborted) return aborted();
    const outcome = await attemptOnce(fetchImpl, url, init, endpoint, signal, now);
    if ('done' in outcome) return outcome.done;
    last = outcome.retry;
    if (attempt === endpoint.retries) break;
    const wait = outcome.waitMs ?? Math.min(backoffMs * 2 ** attempt, MAX_BACKOFF_MS);
    if (wait > MAX_RETRY_WAIT_MS) break;
    await sleep(wait, signal);
  }
  if (signal.aborted) return aborted();
  return { ok: false, error: withAttempts(last, endpoint.retries) };
}

function aborted(): Result<string, TokenError> {
  return { ok: false, error: { kind: 'aborted', message: 'The token request was cancelled.' } };
}

function withAttempts(error: TokenError | undefined, retries: number): TokenError {
  const fallback: TokenError = {
    kind: 'endpoint-network',
    message: 'The token endpoint could not be reached.',
  };
  const found = error ?? fallback;
  const tries = retries + 1;
  return { ...found, message: `${found.message} (tried ${tries} time${tries === 1 ? '' : 's'})` };
}

async function attemptOnce(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  endpoint: EndpointConfig,
  outer: AbortSignal,
  now: () => number,
): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, endpoint.timeoutMs);
  const forward = () => controller.abort();
  outer.addEventListener('abort', forward, { once: true });
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    const body = await response.text();
    return classify(response, body, endpoint, url, now);
  } catch {
    if (outer.aborted) return { done: aborted() };
    if (timedOut) {
      return {
        done: {
          ok: false,
          error: {
            kind: 'endpoint-timeout',
            timeoutMs: endpoint.timeoutMs,
            message: `The token endpoint did not answer within ${endpoint.timeoutMs / 1000} s.`,
          },
        },
      };
    }
    return {
      retry: {
        kind: 'endpoint-network',
        message:
          'The token endpoint could not be reached: the network is down, the address is wrong, or its CORS headers do not allow this launcher.',
      },
    };
  } finally {
    clearTimeout(timer);
    outer.removeEventListener('abort', forward);
  }
}

function classify(
  response: Response,
  body: string,
  endpoint: EndpointConfig,
  url: string,
  now: () => number,
): Attempt {
  const status = response.status;
  if (status >= 200 && status < 300) {
    return { done: readTokenBody(status, response.headers.get('content-type') ?? '', body) };
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
  const wait = retryAfterMs === undefined ? {} : { waitMs: retryAfterMs };
  const later =
    retryAfterMs === undefined ? '' : ` It asks to wait ${Math.ceil(retryAfterMs / 1000)} s.`;
  const after = retryAfterMs === undefined ? {} : { retryAfterMs };
  if (status === 401 || status === 403) {
    const auth = readAuthBody(body, url);
    const said = auth.error === undefined ? '' : ` It said: "${auth.error}".`;
    const base =
      status === 401
        ? 'You are not signed in to the site that issues meeting tokens.'
        : 'You are signed in, but not allowed to join this meeting.';
    const error: TokenError = { kind: 'endpoint-unauthorized', status, message: `${base}${said}` };
    if (auth.loginUrl !== undefined) error.loginUrl = auth.loginUrl;
    return { done: { ok: false, error } };
  }
  if (status === 404) {
    return {
      done: {
        ok: false,
        error: {
          kind: 'endpoint-not-found',
          status,
          message: `The token endpoint ${endpoint.method} ${new URL(url).pathname} answered 404: the endpoint URL in config.json is wrong or the service is not deployed.`,
        },
      },
    };
  }
  if (status === 429) {
    return {
      retry: {
        kind: 'endpoint-rate-limited',
        status,
        message: `The token endpoint is rate-limiting requests (429).${later}`,
        ...after,
      },
      ...wait,
    };
  }
  if (status === 502 || status === 503) {
    return {
      retry: {
        kind: 'endpoint-unavailable',
        status,
        message: `The token endpoint is temporarily unavailable (${status}).${later}`,
        ...after,
      },
      ...wait,
    };
  }
  if (status >= 500) {
    return {
      done: {
        ok: false,
        error: {
          kind: 'endpoint-server-error',
          status,
          message: `The token endpoint failed with an internal error (${status}).`,
        },
      },
    };
  }
  return {
    done: {
      ok: false,
      error: {
        kind: 'endpoint-rejected',
        status,
        message: `The token endpoint refused the request with status ${status}.`,
      },
    },
  };
}
