import type { Result } from '../core/types.ts';

/** What the meeting flow asks a token source for. */
export interface TokenRequest {
  /** The room as the user typed it (the source writes the claim as the server compares it). */
  room: string;
  /** Left out when the token endpoint knows who the user is (config displayName "fromToken"). */
  displayName?: string;
  email?: string;
  /** The allow-listed Jitsi domain the token will be given to. */
  domain: string;
  tenant?: string;
}

/**
 * Why no token came. The UI switches on `kind` for the words and the next action; `message` is
 * plain words for the user and never contains the token.
 */
export type TokenError =
  | { kind: 'endpoint-unauthorized'; status: 401 | 403; message: string; loginUrl?: string }
  | { kind: 'endpoint-not-found'; status: 404; message: string }
  | { kind: 'endpoint-rate-limited'; status: 429; message: string; retryAfterMs?: number }
  | { kind: 'endpoint-unavailable'; status: 502 | 503; message: string; retryAfterMs?: number }
  | { kind: 'endpoint-server-error'; status: number; message: string }
  | { kind: 'endpoint-rejected'; status: number; message: string }
  | { kind: 'endpoint-timeout'; timeoutMs: number; message: string }
  | { kind: 'endpoint-network'; message: string }
  | { kind: 'endpoint-html'; status: number; message: string }
  | { kind: 'endpoint-empty'; status: number; message: string }
  | { kind: 'endpoint-too-large'; status: number; limitBytes: number; message: string }
  | { kind: 'endpoint-invalid-json'; message: string }
  | { kind: 'endpoint-no-token'; message: string; keys: string[] }
  | { kind: 'aborted'; message: string }
  /** Any other source (local mode's signer): its own words and fix. */
  | { kind: 'token-source'; message: string; fix?: string };

/**
 * Gets a Jitsi JWT for one join. Endpoint mode asks the site's token endpoint
 * (src/endpoint/); local mode signs one in the browser (src/lab/).
 */
export type TokenSource = (
  request: TokenRequest,
  signal: AbortSignal,
) => Promise<Result<string, TokenError>>;
