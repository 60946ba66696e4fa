import type { JoinError } from '../../meeting/join-error.ts';

export type ErrorAction = { kind: 'retry' } | { kind: 'sign-in'; url: string } | { kind: 'none' };

/** What the user reads about a failed join, and what they can do next. */
export interface ErrorDescription {
  title: string;
  message: string;
  fix?: string;
  action: ErrorAction;
}

const RETRY: ErrorAction = { kind: 'retry' };
const NONE: ErrorAction = { kind: 'none' };

/** Words and next step for every join error; `message` texts never contain the token. */
export function describeJoinError(error: JoinError): ErrorDescription {
  switch (error.kind) {
    case 'domain-not-allowed':
      return { title: 'Meeting server not allowed', message: error.message, action: NONE };
    case 'room-missing':
    case 'room-invalid':
      return { title: 'Check the room name', message: error.message, action: NONE };
    case 'name-missing':
      return { title: 'Enter your name', message: error.message, action: NONE };
    case 'endpoint-unauthorized':
      return {
        title: error.status === 401 ? 'Sign in to join' : 'Not allowed to join',
        message: error.message,
        ...(error.loginUrl === undefined
          ? {
              fix:
                error.status === 401
                  ? "Sign in to your organisation's site in this browser, then try again."
                  : 'Ask the meeting organiser for access.',
            }
          : {}),
        action:
          error.loginUrl === undefined
            ? error.status === 401
              ? RETRY
              : NONE
            : { kind: 'sign-in', url: error.loginUrl },
      };
    case 'endpoint-not-found':
      return {
        title: 'Token service not found',
        message: error.message,
        fix: "Tell the site's administrator: endpoint.url in config.json must point at the token endpoint.",
        action: RETRY,
      };
    case 'endpoint-rate-limited':
      return {
        title: 'Too many requests',
        message: error.message,
        fix: 'Wait a moment and try again.',
        action: RETRY,
      };
    case 'endpoint-unavailable':
      return {
        title: 'Token service unavailable',
        message: error.message,
        fix: 'Wait a moment and try again.',
        action: RETRY,
      };
    case 'endpoint-server-error':
      return {
        title: 'Token service error',
        message: error.message,
        fix: "Try again; if it keeps failing, tell the site's administrator.",
        action: RETRY,
      };
    case 'endpoint-rejected':
      return {
        title: 'Token request refused',
        message: error.message,
        fix: 'Tell the site\'s administrator: the endpoint and the launcher disagree on the request (see "Token endpoint contract").',
        action: RETRY,
      };
    case 'endpoint-timeout':
      return {
        title: 'Token service too slow',
        message: error.message,
        fix: 'Try again; if it keeps happening, raise endpoint.timeoutMs or check the service.',
        action: RETRY,
      };
    case 'endpoint-network':
      return {
        title: 'Token service unreachable',
        message: error.message,
        fix: 'Check your network connection and try again. Administrators: check the CORS headers (see Troubleshooting).',
        action: RETRY,
      };
    case 'endpoint-html':
      return {
        title: 'Unexpected answer from the token service',
        message: error.message,
        fix: "If you were signed out, sign in and try again; otherwise tell the site's administrator.",
        action: RETRY,
      };
    case 'endpoint-empty':
    case 'endpoint-invalid-json':
    case 'endpoint-no-token':
      return {
        title: 'No token in the answer',
        message: error.message,
        fix: 'Tell the site\'s administrator: the endpoint must answer {"token": "<jwt>"} (see "Token endpoint contract").',
        action: RETRY,
      };
    case 'endpoint-too-large':
      return {
        title: 'Unexpected answer from the token service',
        message: error.message,
        fix: 'Tell the site\'s administrator: endpoint.url in config.json may point at a file or page instead of the token endpoint, which answers {"token": "<jwt>"}.',
        action: RETRY,
      };
    case 'token-malformed':
      return {
        title: 'The token is malformed',
        message: error.message,
        fix:
          error.serverReason === undefined
            ? "Tell the site's administrator."
            : `A Jitsi server would answer "${error.serverReason}". Tell the site's administrator.`,
        action: RETRY,
      };
    case 'code-unavailable':
      return {
        title: 'Part of the launcher did not load',
        message: `The launcher could not load its ${error.part}: the network may be down, or the site was just updated.`,
        fix: 'Check your network connection and try again, or reload the page.',
        action: RETRY,
      };
    case 'token-expired':
      return {
        title: 'The token has expired',
        message: error.message,
        fix: error.fix,
        action: RETRY,
      };
    case 'token-expiring':
      return {
        title: 'The token expires too soon',
        message: error.message,
        fix: error.fix,
        action: RETRY,
      };
    case 'token-rejected':
      return {
        title: 'The meeting server would refuse this token',
        message: error.message,
        fix: error.fix,
        action: RETRY,
      };
    case 'token-source':
      return {
        title: 'No token',
        message: error.message,
        ...(error.fix === undefined ? {} : { fix: error.fix }),
        action: RETRY,
      };
    case 'aborted':
    case 'script-aborted':
      return { title: 'Cancelled', message: error.message, action: RETRY };
    case 'script-failed':
      return {
        title: 'Meeting server unreachable',
        message: error.message,
        fix: 'Try again in a moment, or choose another meeting server.',
        action: RETRY,
      };
    case 'script-timeout':
      return {
        title: 'Meeting server too slow',
        message: error.message,
        fix: 'Try again in a moment, or choose another meeting server.',
        action: RETRY,
      };
    case 'unexpected':
      return {
        title: 'Something went wrong',
        message: error.message,
        fix: error.fix,
        action: RETRY,
      };
    case 'script-no-api':
      return {
        title: 'Not a Jitsi server',
        message: error.message,
        fix: 'Tell the site\'s administrator: check "domains" in config.json.',
        action: NONE,
      };
  }
}
