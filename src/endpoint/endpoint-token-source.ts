import type { EndpointConfig } from '../config/launcher-config.ts';
import type { TokenSource } from '../token-source/token-source.ts';
import { type RequestTokenDeps, requestToken } from './request-token.ts';

/** Endpoint mode's token source: the site's own token endpoint. */
export function createEndpointTokenSource(
  endpoint: EndpointConfig,
  deps: RequestTokenDeps = {},
): TokenSource {
  return (request, signal) => requestToken(endpoint, request, signal, deps);
}
