import type { Result } from '../core/types.ts';
import {
  type ExternalApiConstructor,
  externalApiUrl,
  GLOBAL_NAME,
  isExternalApiConstructor,
} from './external-api.ts';
import type { ScriptError } from './script-error.ts';

export interface LoadExternalApiDeps {
  document?: Document;
  /** Where the script defines `JitsiMeetExternalAPI` (the window). */
  global?: object;
  timeoutMs: number;
  signal?: AbortSignal;
}

const ATTRIBUTE = 'data-jitsi-external-api';
/** Successful loads only: a failure is never remembered, so a retry really loads again. */
const loaded = new Map<string, ExternalApiConstructor>();

/** Forgets every loaded script (tests). */
export function forgetLoadedExternalApis(): void {
  loaded.clear();
}

/**
 * Loads `https://DOMAIN/[TENANT/]external_api.js` with a timeout and returns the
 * `JitsiMeetExternalAPI` it defines. A failed or late script element is removed, and the
 * global is cleared before each load so an API left by another domain is never taken
 * for this one's.
 */
export function loadExternalApi(
  domain: string,
  tenant: string | undefined,
  deps: LoadExternalApiDeps,
): Promise<Result<ExternalApiConstructor, ScriptError>> {
  const url = externalApiUrl(domain, tenant);
  const cached = loaded.get(url);
  if (cached !== undefined) return Promise.resolve({ ok: true, value: cached });
  const doc = deps.document ?? document;
  const host = deps.global ?? globalThis;

  return new Promise((resolve) => {
    for (const old of doc.querySelectorAll(`script[${ATTRIBUTE}]`)) old.remove();
    Reflect.deleteProperty(host, GLOBAL_NAME);
    const script = doc.createElement('script');
    script.setAttribute(ATTRIBUTE, domain);
    script.async = true;
    script.src = url;

    const settle = (outcome: Result<ExternalApiConstructor, ScriptError>) => {
      clearTimeout(timer);
      deps.signal?.removeEventListener('abort', onAbort);
      script.onload = null;
      script.onerror = null;
      if (!outcome.ok) script.remove();
      resolve(outcome);
    };
    const fail = (error: ScriptError) => settle({ ok: false, error });
    const onAbort = () =>
      fail({ kind: 'script-aborted', url, message: 'Loading the meeting was cancelled.' });
    const timer = setTimeout(
      () =>
        fail({
          kind: 'script-timeout',
          url,
          timeoutMs: deps.timeoutMs,
          message: `${domain} did not deliver its meeting script (${url}) within ${deps.timeoutMs / 1000} s.`,
        }),
      deps.timeoutMs,
    );
    script.onload = () => {
      const api: unknown = Reflect.get(host, GLOBAL_NAME);
      if (!isExternalApiConstructor(api)) {
        fail({
          kind: 'script-no-api',
          url,
          message: `${url} loaded but did not define JitsiMeetExternalAPI: ${domain} may not be a Jitsi Meet server.`,
        });
        return;
      }
      loaded.set(url, api);
      settle({ ok: true, value: api });
    };
    script.onerror = () =>
      fail({
        kind: 'script-failed',
        url,
        message: `${domain} did not deliver its meeting script (${url}): the server is down, the address is wrong (404), or its certificate is not trusted.`,
      });
    deps.signal?.addEventListener('abort', onAbort, { once: true });
    if (deps.signal?.aborted) {
      onAbort();
      return;
    }
    doc.head.appendChild(script);
  });
}
