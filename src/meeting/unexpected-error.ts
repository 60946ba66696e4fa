/** Which part of a join threw instead of answering with an error value. */
export type JoinStep = 'token' | 'script' | 'join';

/**
 * A part of the join threw (a bug, or a browser refusing something): the join ends with this
 * instead of waiting for ever. The thrown text is not shown: it may quote the token.
 */
export interface UnexpectedError {
  kind: 'unexpected';
  step: JoinStep;
  message: string;
  fix: string;
}

const WHAT: Record<JoinStep, string> = {
  token: 'getting the token',
  script: "loading the meeting server's script",
  join: 'starting the meeting',
};

export function unexpectedError(step: JoinStep): UnexpectedError {
  return {
    kind: 'unexpected',
    step,
    message: `The launcher failed while ${WHAT[step]}.`,
    fix: "Try again; if it keeps failing, reload the page and tell the site's administrator.",
  };
}
