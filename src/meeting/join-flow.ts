import type { LauncherConfig } from '../config/launcher-config.ts';
import type { DecodedToken, Result } from '../core/types.ts';
import { createEndpointTokenSource } from '../endpoint/endpoint-token-source.ts';
import type { TokenRequest, TokenSource } from '../token-source/token-source.ts';
import { createJoinDeps } from './create-join-deps.ts';
import { activateLoadedExternalApi } from './external-api-proxy.ts';
import type { JoinError } from './join-error.ts';
import type { JoinForm } from './join-form.ts';
import { loadExternalApi } from './load-external-api.ts';
import { prepareJoin } from './prepare-join.ts';
import { tokenUserName } from './token-user-name.ts';
import { validateJoinForm } from './validate-join-form.ts';

/** A join ready to embed: call `activate` right before the meeting component mounts. */
export interface ReadyJoin {
  /** The checked form: where the token is for. */
  request: TokenRequest;
  token: string;
  decoded: DecodedToken;
  /** The token's `context.user.name`: the meeting's name when the user typed none. */
  userName?: string;
  activate(): void;
}

/** What the store calls to join; the real one is `runJoin`, fetched with import() on Join. */
export type RunJoin = (
  config: LauncherConfig,
  form: JoinForm,
  tokenSource: TokenSource | undefined,
  signal: AbortSignal,
) => Promise<Result<ReadyJoin, JoinError>>;

const NO_SOURCE: TokenSource = async () => ({
  ok: false,
  error: { kind: 'token-source', message: 'No token source is set up for this mode.' },
});

export { meetingReader } from './meeting-reader.ts';
export { preconnect } from './preconnect.ts';

/**
 * Loads `domain`'s external_api.js while the join screen is idle, so Join waits only for the
 * token: the loader keeps the API it defines (or shares the load still in progress), and the
 * script never runs twice. A failure is not kept: Join loads it again.
 */
export function prefetchMeetingScript(config: LauncherConfig, domain: string): void {
  if (!config.domains.includes(domain)) return;
  void loadExternalApi(domain, config.tenant, { timeoutMs: config.scriptTimeoutMs });
}

/** Fetches the code that reads the endpoint's answer and checks the token, ahead of a join. */
export function preloadJoinChecks(): void {
  import('./check-token.ts').catch(() => undefined);
  import('../endpoint/interpret-token-response.ts').catch(() => undefined);
}

/**
 * The whole join: the form checked (the domain against the allow-list), then the token (from the given source, or config.endpoint) and the domain's
 * IFrame API at the same time, then the pre-join check.
 */
export const runJoin: RunJoin = async (config, form, tokenSource, signal) => {
  const checked = validateJoinForm(form, config);
  if (!checked.ok) return checked;
  const request = checked.value;
  const source =
    tokenSource ??
    (config.endpoint === undefined ? NO_SOURCE : createEndpointTokenSource(config.endpoint));
  const outcome = await prepareJoin(
    request,
    { ...createJoinDeps(config), tokenSource: source },
    signal,
  );
  if (!outcome.ok) return outcome;
  const { token, decoded, api } = outcome.value;
  const ready: ReadyJoin = {
    request,
    token,
    decoded,
    activate: () => activateLoadedExternalApi(api, request.domain),
  };
  const userName = tokenUserName(decoded);
  if (userName !== undefined) ready.userName = userName;
  return { ok: true, value: ready };
};
