import type { EndpointConfig } from '../config/launcher-config.ts';
import type { Result } from '../core/types.ts';
import type { TokenError, TokenRequest } from '../token-source/token-source.ts';
import { fetchTokenResponse, type RequestTokenDeps } from './fetch-token-response.ts';

export type { RequestTokenDeps } from './fetch-token-response.ts';

/**
 * Gets a JWT from the token endpoint. The request goes out at once; the code that reads the
 * answer (with every error message) is fetched meanwhile, keeping it off the join screen's load.
 */
export async function requestToken(
  endpoint: EndpointConfig,
  request: TokenRequest,
  signal: AbortSignal,
  deps: RequestTokenDeps = {},
): Promise<Result<string, TokenError>> {
  const reader = import('./interpret-token-response.ts').then(
    (module) => module.interpretTokenResponse,
    () => undefined,
  );
  const raw = await fetchTokenResponse(endpoint, request, signal, deps);
  const interpret = await reader;
  if (interpret === undefined) {
    return {
      ok: false,
      error: {
        kind: 'token-source',
        message: 'The launcher could not load part of its code: the network may be down.',
        fix: 'Check your network connection and try again.',
      },
    };
  }
  return interpret(raw, endpoint);
}
