import type { EndpointConfig } from '../config/launcher-config.ts';
import type { Result } from '../core/types.ts';
import type { TokenError } from '../token-source/token-source.ts';
import type { RawTokenResponse } from './fetch-token-response.ts';
import { readAuthBody, readTokenBody } from './read-token-response.ts';

function tries(raw: RawTokenResponse): string {
  return raw.attempts > 1 ? ` (tried ${raw.attempts} times)` : '';
}

function fail(error: TokenError): Result<string, TokenError> {
  return { ok: false, error };
}

/**
 * Reads what the token endpoint answered: the token, or a `TokenError` with its own kind and
 * plain words for every failure. No message ever contains the token or the body's text,
 * apart from a 401/403's short `error` field.
 */
export function interpretTokenResponse(
  raw: RawTokenResponse,
  endpoint: EndpointConfig,
): Result<string, TokenError> {
  switch (raw.kind) {
    case 'aborted':
      return fail({ kind: 'aborted', message: 'The token request was cancelled.' });
    case 'timeout':
      return fail({
        kind: 'endpoint-timeout',
        timeoutMs: endpoint.timeoutMs,
        message: `The token endpoint did not answer within ${endpoint.timeoutMs / 1000} s.`,
      });
    case 'network':
      return fail({
        kind: 'endpoint-network',
        message: `The token endpoint could not be reached: the network is down, the address is wrong, or its CORS headers do not allow this launcher${tries(raw)}.`,
      });
    case 'too-large':
      return fail({
        kind: 'endpoint-too-large',
        status: raw.status,
        limitBytes: raw.limitBytes,
        message: `The token endpoint answered ${raw.status} with more than ${raw.limitBytes / 1024} KiB; a token answer is a few kB, so it was not read.`,
      });
    case 'redirect':
      return fail({
        kind: 'endpoint-unauthorized',
        status: 401,
        message:
          'The token endpoint redirected the request to another page, as a site does when you are not signed in. The launcher does not follow it.',
      });
    case 'response':
      break;
  }
  const status = raw.status;
  if (status >= 200 && status < 300) return readTokenBody(status, raw.contentType, raw.body);
  const wait =
    raw.retryAfterMs === undefined
      ? ''
      : ` It asks to wait ${Math.ceil(raw.retryAfterMs / 1000)} s.`;
  const after = raw.retryAfterMs === undefined ? {} : { retryAfterMs: raw.retryAfterMs };
  if (status === 401 || status === 403) {
    const auth = readAuthBody(raw.body, raw.url);
    const said = auth.error === undefined ? '' : ` It said: "${auth.error}".`;
    const base =
      status === 401
        ? 'You are not signed in to the site that issues meeting tokens.'
        : 'You are signed in, but not allowed to join this meeting.';
    const error: TokenError = { kind: 'endpoint-unauthorized', status, message: `${base}${said}` };
    if (auth.loginUrl !== undefined) error.loginUrl = auth.loginUrl;
    return fail(error);
  }
  if (status === 404) {
    return fail({
      kind: 'endpoint-not-found',
      status,
      message: `The token endpoint ${endpoint.method} ${new URL(raw.url).pathname} answered 404: the endpoint URL in config.json is wrong or the service is not deployed.`,
    });
  }
  if (status === 429) {
    return fail({
      kind: 'endpoint-rate-limited',
      status,
      message: `The token endpoint is rate-limiting requests (429)${tries(raw)}.${wait}`,
      ...after,
    });
  }
  if (status === 502 || status === 503) {
    return fail({
      kind: 'endpoint-unavailable',
      status,
      message: `The token endpoint is temporarily unavailable (${status})${tries(raw)}.${wait}`,
      ...after,
    });
  }
  if (status >= 500) {
    return fail({
      kind: 'endpoint-server-error',
      status,
      message: `The token endpoint failed with an internal error (${status}).`,
    });
  }
  return fail({
    kind: 'endpoint-rejected',
    status,
    message: `The token endpoint refused the request with status ${status}.`,
  });
}
