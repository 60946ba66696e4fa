import { readCappedText } from '../core/read-capped-text.ts';

const JWKS_TIMEOUT_MS = 5000;
const MAX_JWKS_BYTES = 64 * 1024;

/**
 * The text of a JWKS URL for the inspector's signature check, or why it could not be had: an
 * HTTP error, a body over 64 KiB, no answer within 5 s, or no answer at all (offline, no CORS).
 */
export async function fetchJwks(
  url: string,
  doFetch: typeof fetch | undefined,
): Promise<{ ok: true; value: string } | { ok: false; error: string }> {
  try {
    const response = await (doFetch ?? globalThis.fetch.bind(globalThis))(url, {
      signal: AbortSignal.timeout(JWKS_TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, error: `The JWKS URL answered HTTP ${response.status}.` };
    const text = await readCappedText(response, MAX_JWKS_BYTES);
    if (text === undefined) {
      return {
        ok: false,
        error: `${url} answered with more than ${MAX_JWKS_BYTES / 1024} KiB, so it was not read: a JWKS is a few kB.`,
      };
    }
    return { ok: true, value: text };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return { ok: false, error: `${url} did not answer within ${JWKS_TIMEOUT_MS / 1000} s.` };
    }
    return { ok: false, error: `Could not fetch ${url} (offline, or no CORS on that server).` };
  }
}
