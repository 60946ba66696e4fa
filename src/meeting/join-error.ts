import type { TokenError } from '../token-source/token-source.ts';
import type { ScriptError } from './script-error.ts';
import type { TokenProblem } from './token-problem.ts';
import type { UnexpectedError } from './unexpected-error.ts';

export type InputError =
  | { kind: 'domain-not-allowed'; domain: string; allowed: string[]; message: string }
  | { kind: 'room-missing'; message: string }
  | { kind: 'room-invalid'; message: string }
  | { kind: 'name-missing'; message: string };

/** Everything that can stop a join, each with its own kind. */
export type JoinError = InputError | TokenError | TokenProblem | ScriptError | UnexpectedError;
