import type { ProbeFailure, ProbeStep } from './probe-types.ts';

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'nothing listens there (connection refused)',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve (DNS did not answer)',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
};

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/** The system error code of a Node or fetch error (fetch puts it in `cause`). */
function errorCode(error: unknown): string | undefined {
  for (const candidate of [error, field(error, 'cause'), field(error, 'error')]) {
    const code = field(candidate, 'code');
    if (typeof code === 'string' && code !== 'ECONNERROR') return code;
  }
  return undefined;
}

function errorMessage(error: unknown): string {
  const cause = field(error, 'cause');
  const inner = cause instanceof Error ? cause : error;
  return inner instanceof Error ? inner.message : String(error);
}

/** A network error (fetch, WebSocket) as a failure the user can act on. */
export function networkFailure(
  error: unknown,
  step: ProbeStep,
  url: string,
  timeoutMs: number,
): ProbeFailure {
  const code = errorCode(error);
  const message = errorMessage(error);
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError' || /timed out/i.test(message)) {
    return {
      kind: 'timeout',
      step,
      url,
      message: `No answer from ${url} within ${timeoutMs} ms.`,
      fix: 'Check that the address is the Jitsi web server and that it is up; a slow server needs a longer --timeout.',
    };
  }
  const status = /Unexpected server response: (\d{3})/.exec(message)?.[1];
  if (status !== undefined) {
    return {
      kind: 'http-status',
      step,
      url,
      message: `${url} answered HTTP ${status} instead of opening an XMPP WebSocket.`,
      fix:
        status === '404'
          ? "The web server does not pass this path to prosody: check its /xmpp-websocket proxy rule (docker: ENABLE_XMPP_WEBSOCKET) and prosody's mod_websocket, or give the right --websocket URL."
          : 'Check the web server in front of prosody and its /xmpp-websocket proxy rule, or give the right --websocket URL.',
    };
  }
  if (
    code !== undefined &&
    (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))
  ) {
    return {
      kind: 'tls',
      step,
      url,
      message: `TLS error at ${url}: ${message} (${code}).`,
      fix: 'Serve a certificate this machine trusts for the host name, or trust your own CA here with NODE_EXTRA_CA_CERTS=/path/to/ca.pem.',
    };
  }
  const what = code === undefined ? undefined : UNREACHABLE[code];
  return {
    kind: 'unreachable',
    step,
    url,
    message: `Cannot reach ${url}: ${what ?? message}${code && what ? ` (${code})` : ''}.`,
    fix: 'Check the meeting URL (or --websocket) and that the server is running and reachable from this machine.',
  };
}
