import type { LauncherConfig } from '../config/launcher-config.ts';
import { loadExternalApi } from './load-external-api.ts';
import type { PrepareJoinDeps } from './prepare-join.ts';

/**
 * The real join steps for a config: the script loader and the pre-join check. The check's code
 * (the token core's rules) is fetched with import() as the join starts, while the token and the
 * script are on their way, so it is not on the join screen's load path and costs the join nothing.
 */
export function createJoinDeps(
  config: LauncherConfig,
  now: () => number = Date.now,
): Omit<PrepareJoinDeps, 'tokenSource'> {
  const checker = import('./check-token.ts').then(
    (module) => module.checkToken,
    () => undefined,
  );
  return {
    loadApi: (domain, tenant, signal) =>
      loadExternalApi(domain, tenant, { timeoutMs: config.scriptTimeoutMs, signal }),
    checkToken: async (token, request) => {
      const checkToken = await checker;
      if (checkToken === undefined) {
        return {
          ok: false,
          error: { kind: 'code-unavailable', part: 'token checks' },
        };
      }
      const target =
        request.tenant === undefined
          ? { domain: request.domain, room: request.room }
          : { domain: request.domain, tenant: request.tenant, room: request.room };
      return checkToken(token, target, config.server, Math.floor(now() / 1000));
    },
  };
}
