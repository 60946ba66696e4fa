import type { JoinError } from '../../meeting/join-error.ts';

/**
 * Which plain words a failed join gets: each names a title and one sentence (what happened and
 * what to do) in the message catalog, written for someone who never heard of a token.
 */
export type ErrorWords =
  | 'choose-server'
  | 'enter-room'
  | 'check-room'
  | 'enter-name'
  | 'sign-in'
  | 'sign-in-elsewhere'
  | 'not-allowed'
  | 'set-up'
  | 'busy'
  | 'unavailable'
  | 'slow'
  | 'offline'
  | 'signed-out'
  | 'refused'
  | 'expired'
  | 'incomplete'
  | 'no-access'
  | 'cancelled'
  | 'server-unreachable'
  | 'server-slow'
  | 'unexpected';

/** The action that can help, shown as the primary button; `none` when only a person can. */
export type ErrorAction = { kind: 'retry' } | { kind: 'sign-in'; url: string } | { kind: 'none' };

/** One technical fact for the administrator; `label` names it in the catalog. */
export interface ErrorDetail {
  label: 'happened' | 'fix' | 'server' | 'check' | 'status' | 'address' | 'code';
  value: string;
}

/** What the user reads about a failed join, what they can do, and what to send to whom. */
export interface ErrorDescription {
  words: ErrorWords;
  /** A sentence of the error's own that says more than the catalog's (the room check's). */
  sentence?: string;
  action: ErrorAction;
  /** Choosing another meeting server may help, and there is another one. */
  otherServer: boolean;
  /** For "Details for your administrator": never the token. */
  details: ErrorDetail[];
}

export interface ErrorContext {
  /** How many meeting servers the launcher offers. */
  domainCount: number;
}

const RETRY: ErrorAction = { kind: 'retry' };
const NONE: ErrorAction = { kind: 'none' };

/** Plain words, the next step and the technical details for every join error. */
export function describeJoinError(error: JoinError, context: ErrorContext): ErrorDescription {
  const happened =
    error.kind === 'code-unavailable'
      ? `The launcher could not load its ${error.part}.`
      : error.message;
  const details: ErrorDetail[] = [{ label: 'happened', value: happened }];
  if ('fix' in error && error.fix !== undefined) details.push({ label: 'fix', value: error.fix });
  if ('serverReason' in error && error.serverReason !== undefined) {
    details.push({ label: 'server', value: error.serverReason });
  }
  // One failed check is the message itself; several are listed each with its fix.
  if (error.kind === 'token-rejected' && error.failed.length > 1) {
    for (const check of error.failed) {
      const fix = check.fix === undefined ? '' : ` ${check.fix}`;
      details.push({ label: 'check', value: `${check.title}: ${check.message}${fix}` });
    }
  }
  if ('status' in error) details.push({ label: 'status', value: String(error.status) });
  if ('url' in error) details.push({ label: 'address', value: error.url });
  if ('loginUrl' in error && error.loginUrl !== undefined) {
    details.push({ label: 'address', value: error.loginUrl });
  }
  details.push({ label: 'code', value: error.kind });
  const [words, action, serverMayHelp = false] = wordsAndAction(error);
  const described: ErrorDescription = {
    words,
    action,
    otherServer: serverMayHelp && context.domainCount > 1,
    details,
  };
  // The room check names exactly what is wrong with the name, in plain words.
  if (error.kind === 'room-invalid') described.sentence = error.message;
  return described;
}

/** The words, the action, and whether another meeting server may help. */
function wordsAndAction(error: JoinError): [ErrorWords, ErrorAction, boolean?] {
  switch (error.kind) {
    case 'domain-not-allowed':
      return ['choose-server', NONE];
    case 'room-missing':
      return ['enter-room', NONE];
    case 'room-invalid':
      return ['check-room', NONE];
    case 'name-missing':
      return ['enter-name', NONE];
    case 'endpoint-unauthorized':
      if (error.status === 403) return ['not-allowed', NONE];
      return error.loginUrl === undefined
        ? ['sign-in-elsewhere', RETRY]
        : ['sign-in', { kind: 'sign-in', url: error.loginUrl }];
    case 'endpoint-rate-limited':
      return ['busy', RETRY];
    case 'endpoint-unavailable':
    case 'endpoint-server-error':
      return ['unavailable', RETRY];
    case 'endpoint-timeout':
      return ['slow', RETRY];
    case 'endpoint-network':
      return ['offline', RETRY];
    case 'endpoint-html':
      return ['signed-out', RETRY];
    // The site is set up wrong: trying again gives the same answer until it is mended.
    case 'endpoint-not-found':
    case 'endpoint-rejected':
    case 'endpoint-empty':
    case 'endpoint-invalid-json':
    case 'endpoint-no-token':
    case 'endpoint-too-large':
    case 'script-no-api':
      return ['set-up', NONE];
    // A token the server would refuse: a new attempt gets the same token.
    case 'token-malformed':
    case 'token-rejected':
      return ['refused', NONE];
    // Judged by this device's clock: once the clock is put right, a fresh token passes.
    case 'token-expired':
    case 'token-expiring':
      return ['expired', RETRY];
    case 'code-unavailable':
      return ['incomplete', RETRY];
    case 'token-source':
      return ['no-access', RETRY];
    case 'aborted':
    case 'script-aborted':
      return ['cancelled', RETRY];
    case 'script-failed':
      return ['server-unreachable', RETRY, true];
    case 'script-timeout':
      return ['server-slow', RETRY, true];
    case 'unexpected':
      return ['unexpected', RETRY];
  }
}
