import type { Check, DecodedToken } from '../core/types.ts';

/** Why a token that arrived is not used. `decoded` feeds the debug panel. */
export type TokenProblem =
  /** A part of the launcher's own code did not load (network down, or the site was updated). */
  | { kind: 'code-unavailable'; part: string }
  | { kind: 'token-malformed'; message: string; serverReason?: string }
  | { kind: 'token-expired'; message: string; fix: string; decoded: DecodedToken }
  | {
      kind: 'token-expiring';
      message: string;
      fix: string;
      secondsLeft: number;
      decoded: DecodedToken;
    }
  | {
      kind: 'token-rejected';
      message: string;
      fix: string;
      failed: Check[];
      decoded: DecodedToken;
    };
