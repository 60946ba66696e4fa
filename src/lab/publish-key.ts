import type { Result } from '../core/types.ts';

/** Where the dev server (src/dev/) takes public keys; same origin as the lab page. */
export const LAB_KEYS_PATH = '/__lab/keys';

export interface Published {
  /** The absolute URL the dev server serves the key at. */
  url: string;
  /** `<hex(sha256(kid))>.pem`. */
  file: string;
}

/** How long the dev server may take to answer before the lab stops waiting. */
export const PUBLISH_TIMEOUT_MS = 5000;

export type PublishError =
  | { kind: 'publish-unreachable'; message: string }
  | { kind: 'publish-timeout'; timeoutMs: number; message: string }
  | { kind: 'publish-refused'; status: number; message: string };

export interface PublishDeps {
  fetch?: typeof fetch;
  /** The dev server's origin: `location.origin` in the page. */
  origin?: string;
  /** Milliseconds before a request to the dev server is given up. */
  timeoutMs?: number;
}

function unreachable(origin: string): PublishError {
  return {
    kind: 'publish-unreachable',
    message: `The dev server at ${origin} did not answer: is \`npm run dev\` still running?`,
  };
}

function timedOut(origin: string, timeoutMs: number): PublishError {
  return {
    kind: 'publish-timeout',
    timeoutMs,
    message: `The dev server at ${origin} gave no answer within ${timeoutMs / 1000} s: restart \`npm run dev\`, then reload this page to publish the key again.`,
  };
}

/**
 * Runs one exchange with the dev server (the request and the reading of its answer) under a
 * time limit, so a stuck server gives a failure instead of "publishing" for ever.
 */
async function exchange<T>(
  deps: PublishDeps,
  origin: string,
  run: (doFetch: typeof fetch, signal: AbortSignal) => Promise<Result<T, PublishError>>,
): Promise<Result<T, PublishError>> {
  const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = deps.timeoutMs ?? PUBLISH_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<Result<T, PublishError>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, error: timedOut(origin, timeoutMs) });
    }, timeoutMs);
  });
  const attempt = run(doFetch, controller.signal).catch(
    (): Result<T, PublishError> =>
      controller.signal.aborted
        ? { ok: false, error: timedOut(origin, timeoutMs) }
        : { ok: false, error: unreachable(origin) },
  );
  try {
    return await Promise.race([attempt, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends a public key (SPKI PEM, never the private key) to the dev server, which then serves it
 * as `/asap/<hex(sha256(kid))>.pem` for a Jitsi server's `asap_key_server`.
 */
export async function publishPublicKey(
  kid: string,
  pem: string,
  deps: PublishDeps = {},
): Promise<Result<Published, PublishError>> {
  const origin = deps.origin ?? globalThis.location.origin;
  return exchange(deps, origin, async (doFetch, signal) => {
    const response = await doFetch(new URL(LAB_KEYS_PATH, origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kid, pem }),
      signal,
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (response.status !== 201 || !isPublished(body)) {
      const said = isErrorBody(body) ? body.error : `HTTP ${response.status}`;
      return {
        ok: false,
        error: {
          kind: 'publish-refused',
          status: response.status,
          message: `The dev server did not publish the key: ${said}`,
        },
      };
    }
    return { ok: true, value: { url: new URL(body.url, origin).href, file: body.file } };
  });
}

/** Stops serving a deleted key. Servers that fetched it keep it cached until they restart. */
export async function unpublishPublicKey(
  kid: string,
  deps: PublishDeps = {},
): Promise<Result<void, PublishError>> {
  const origin = deps.origin ?? globalThis.location.origin;
  return exchange(deps, origin, async (doFetch, signal) => {
    const url = new URL(LAB_KEYS_PATH, origin);
    url.searchParams.set('kid', kid);
    const response = await doFetch(url, { method: 'DELETE', signal });
    if (response.status === 204) return { ok: true, value: undefined };
    return {
      ok: false,
      error: {
        kind: 'publish-refused',
        status: response.status,
        message: `The dev server kept the key: HTTP ${response.status}`,
      },
    };
  });
}

function isPublished(value: unknown): value is { url: string; file: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'url' in value &&
    typeof value.url === 'string' &&
    'file' in value &&
    typeof value.file === 'string'
  );
}

function isErrorBody(value: unknown): value is { error: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof value.error === 'string'
  );
}
