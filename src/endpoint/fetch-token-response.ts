import type { EndpointConfig } from '../config/launcher-config.ts';
import { readCappedText } from '../core/read-capped-text.ts';
import { abortAfter } from '../lib/abort-after.ts';
import { sleep as realSleep } from '../lib/sleep.ts';
import type { TokenRequest } from '../token-source/token-source.ts';
import { parseRetryAfter } from './parse-retry-after.ts';

export interface RequestTokenDeps {
  fetch?: typeof fetch;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
  /** What a relative endpoint URL is resolved against (the launcher's own address). */
  baseUrl?: string;
  /** First backoff step; it doubles each retry. */
  backoffMs?: number;
}

/** What came back, before anyone reads it; `attempts` counts the requests made. */
export type RawTokenResponse = { url: string; attempts: number } & (
  | { kind: 'response'; status: number; contentType: string; retryAfterMs?: number; body: string }
  | { kind: 'too-large'; status: number; limitBytes: number }
  | { kind: 'redirect' }
  | { kind: 'timeout' }
  | { kind: 'network' }
  | { kind: 'aborted' }
);

/** A token answer is a few kB; anything much larger is a mistake (or hostile) and is not read. */
export const MAX_BODY_BYTES = 256 * 1024;

/** A server asking for a longer wait than this is not waited for: the user is told instead. */
export const MAX_RETRY_WAIT_MS = 10_000;
const MAX_BACKOFF_MS = 4_000;
const RETRY_STATUSES = [429, 502, 503];

/** The URL and fetch options for one request: POST JSON, or GET with query parameters. */
function buildTokenRequest(
  endpoint: EndpointConfig,
  request: TokenRequest,
  baseUrl: string,
): { url: string; init: RequestInit } {
  const fields: Record<string, string> = { room: request.room };
  if (request.displayName !== undefined) fields.displayName = request.displayName;
  if (request.email !== undefined && request.email !== '') fields.email = request.email;
  fields.domain = request.domain;
  if (request.tenant !== undefined) fields.tenant = request.tenant;
  const url = new URL(endpoint.url, baseUrl);
  const accept = 'application/json, text/plain';
  const init: RequestInit = {
    method: endpoint.method,
    credentials: endpoint.credentials,
    cache: 'no-store',
    // A redirect is the endpoint sending a signed-out user to a login page: it is read as that,
    // never followed (following it sends the request, and its cookies, to another origin).
    redirect: 'manual',
    headers: { Accept: accept },
  };
  if (endpoint.method === 'GET') {
    for (const [key, value] of Object.entries(fields)) url.searchParams.set(key, value);
  } else {
    init.headers = { Accept: accept, 'Content-Type': 'application/json' };
    init.body = JSON.stringify(fields);
  }
  return { url: url.href, init };
}

/**
 * Asks the token endpoint, each attempt with its own timeout; 429, 502, 503 and network failures
 * are retried `endpoint.retries` times with doubling backoff, honouring `Retry-After`.
 * Reading the answer is `interpretTokenResponse`'s job. Never throws.
 */
export async function fetchTokenResponse(
  endpoint: EndpointConfig,
  request: TokenRequest,
  signal: AbortSignal,
  deps: RequestTokenDeps = {},
): Promise<RawTokenResponse> {
  const fetchImpl = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? Date.now;
  const backoffMs = deps.backoffMs ?? 500;
  const { url, init } = buildTokenRequest(
    endpoint,
    request,
    deps.baseUrl ?? globalThis.location.href,
  );

  for (let attempt = 0; ; attempt += 1) {
    const attempts = attempt + 1;
    const outcome = await attemptOnce(fetchImpl, url, init, endpoint.timeoutMs, signal, now);
    const retryable =
      outcome.kind === 'network' ||
      (outcome.kind === 'response' && RETRY_STATUSES.includes(outcome.status));
    const wait =
      (outcome.kind === 'response' ? outcome.retryAfterMs : undefined) ??
      Math.min(backoffMs * 2 ** attempt, MAX_BACKOFF_MS);
    if (!retryable || attempt >= endpoint.retries || wait > MAX_RETRY_WAIT_MS) {
      return { ...outcome, url, attempts };
    }
    await sleep(wait, signal);
    if (signal.aborted) return { kind: 'aborted', url, attempts };
  }
}

type Attempt =
  | { kind: 'response'; status: number; contentType: string; retryAfterMs?: number; body: string }
  | { kind: 'too-large'; status: number; limitBytes: number }
  | { kind: 'redirect' }
  | { kind: 'timeout' }
  | { kind: 'network' }
  | { kind: 'aborted' };

async function attemptOnce(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  outer: AbortSignal,
  now: () => number,
): Promise<Attempt> {
  if (outer.aborted) return { kind: 'aborted' };
  const limit = abortAfter(timeoutMs);
  const { controller } = limit;
  const forward = () => controller.abort();
  outer.addEventListener('abort', forward, { once: true });
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'redirect' };
    }
    const body = await readCappedText(response, MAX_BODY_BYTES);
    if (body === undefined) {
      return { kind: 'too-large', status: response.status, limitBytes: MAX_BODY_BYTES };
    }
    const answer: Attempt = {
      kind: 'response',
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body,
    };
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
    if (retryAfterMs !== undefined) answer.retryAfterMs = retryAfterMs;
    return answer;
  } catch {
    if (outer.aborted) return { kind: 'aborted' };
    return limit.timedOut() ? { kind: 'timeout' } : { kind: 'network' };
  } finally {
    limit.clear();
    outer.removeEventListener('abort', forward);
  }
}
