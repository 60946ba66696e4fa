import type { DecodedToken, Result } from '../core/types.ts';
import type { TokenRequest, TokenSource } from '../token-source/token-source.ts';
import type { ExternalApiConstructor } from './external-api.ts';
import type { JoinError } from './join-error.ts';
import type { ScriptError } from './script-error.ts';
import type { TokenProblem } from './token-problem.ts';
import { type JoinStep, unexpectedError } from './unexpected-error.ts';

/** A token that passed the pre-join checks, and the API of the domain it is for. */
export interface JoinPlan {
  token: string;
  decoded: DecodedToken;
  api: ExternalApiConstructor;
}

export interface PrepareJoinDeps {
  tokenSource: TokenSource;
  loadApi: (
    domain: string,
    tenant: string | undefined,
    signal: AbortSignal,
  ) => Promise<Result<ExternalApiConstructor, ScriptError>>;
  /** The pre-join check of a token against where it is going. */
  checkToken: (token: string, request: TokenRequest) => Promise<Result<DecodedToken, TokenProblem>>;
}

function curable(problem: TokenProblem): boolean {
  return problem.kind === 'token-expired' || problem.kind === 'token-expiring';
}

/** Fetches and checks a token; an expired or nearly expired one is fetched once more. */
async function obtainToken(
  request: TokenRequest,
  deps: PrepareJoinDeps,
  signal: AbortSignal,
): Promise<Result<{ token: string; decoded: DecodedToken }, JoinError>> {
  for (let attempt = 0; ; attempt += 1) {
    const fetched = await deps.tokenSource(request, signal);
    if (!fetched.ok) return fetched;
    const checked = await deps.checkToken(fetched.value, request);
    if (checked.ok) return { ok: true, value: { token: fetched.value, decoded: checked.value } };
    if (attempt > 0 || !curable(checked.error)) return checked;
  }
}

/**
 * Gets everything a meeting needs, the token and the domain's IFrame API, at the same time:
 * the script does not need the token, so the join costs the slower of the two, not their sum.
 * The first failure ends the join at once and cancels the other half.
 */
export function prepareJoin(
  request: TokenRequest,
  deps: PrepareJoinDeps,
  signal: AbortSignal,
): Promise<Result<JoinPlan, JoinError>> {
  const inner = new AbortController();
  const cancel = () => inner.abort();
  signal.addEventListener('abort', cancel, { once: true });
  if (signal.aborted) inner.abort();
  return new Promise((resolve) => {
    let token: { token: string; decoded: DecodedToken } | undefined;
    let api: ExternalApiConstructor | undefined;
    const finish = (outcome: Result<JoinPlan, JoinError>) => {
      signal.removeEventListener('abort', cancel);
      if (!outcome.ok) inner.abort();
      resolve(outcome);
    };
    const complete = () => {
      if (token !== undefined && api !== undefined) {
        finish({ ok: true, value: { token: token.token, decoded: token.decoded, api } });
      }
    };
    // A half that throws (sync or async) ends the join with an error value, never a hang.
    const settled = <T>(step: JoinStep, start: () => Promise<Result<T, JoinError>>) =>
      new Promise<Result<T, JoinError>>((done) => done(start())).catch(
        (): Result<T, JoinError> => ({ ok: false, error: unexpectedError(step) }),
      );
    void settled('token', () => obtainToken(request, deps, inner.signal)).then((outcome) => {
      if (!outcome.ok) return finish(outcome);
      token = outcome.value;
      complete();
    });
    void settled('script', () => deps.loadApi(request.domain, request.tenant, inner.signal)).then(
      (outcome) => {
        if (!outcome.ok) return finish(outcome);
        api = outcome.value;
        complete();
      },
    );
  });
}
