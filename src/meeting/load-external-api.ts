import type { Result } from '../core/types.ts';
import {
  type ExternalApiConstructor,
  externalApiUrl,
  GLOBAL_NAME,
  isExternalApiConstructor,
} from './external-api.ts';
import type { ScriptError } from './script-error.ts';
import { SCRIPT_POLICY_NAME, trustedScriptUrl } from './script-url-policy.ts';

export interface LoadExternalApiDeps {
  document?: Document;
  /** Where the script defines `JitsiMeetExternalAPI` (the window). */
  global?: object;
  timeoutMs: number;
  signal?: AbortSignal;
  /** `window.trustedTypes`, where the browser has it. */
  trustedTypes?: unknown;
}

const ATTRIBUTE = 'data-jitsi-external-api';
/** Successful loads only: a failure is never remembered, so a retry really loads again. */
const loaded = new Map<string, ExternalApiConstructor>();
/** The domain whose own script defined each API: what activation checks before using one. */
let origins = new WeakMap<ExternalApiConstructor, string>();

/**
 * Loads in progress, one per URL: a join that starts while the idle prefetch is loading the same
 * script waits for that load instead of running the script a second time.
 */
interface SharedLoad {
  outcome: Promise<Result<ExternalApiConstructor, ScriptError>>;
  /** Callers still waiting; the load is cancelled when the last one cancels. */
  waiters: number;
  cancel(): void;
}
const inFlight = new Map<string, SharedLoad>();

/** Forgets every loaded script (tests). */
export function forgetLoadedExternalApis(): void {
  loaded.clear();
  inFlight.clear();
  origins = new WeakMap();
}

/** The domain whose `external_api.js` (loaded here) defined `api`, if any. */
export function loadedDomain(api: ExternalApiConstructor): string | undefined {
  return origins.get(api);
}

/**
 * Makes the global record only what `script` itself defines. A script removed after a timeout
 * still runs when it finally arrives, and it would otherwise set the global in the middle of
 * another domain's load; `document.currentScript` tells the two apart.
 */
function trapGlobal(host: object, doc: Document, script: HTMLScriptElement): () => unknown {
  let defined: unknown;
  Object.defineProperty(host, GLOBAL_NAME, {
    configurable: true,
    enumerable: true,
    get: () => defined,
    set: (value: unknown) => {
      if (doc.currentScript === script) defined = value;
    },
  });
  return () => defined;
}

const aborted = (url: string): Result<ExternalApiConstructor, ScriptError> => ({
  ok: false,
  error: { kind: 'script-aborted', url, message: 'Loading the meeting was cancelled.' },
});

/**
 * Loads `https://DOMAIN/[TENANT/]external_api.js` with a timeout and returns the
 * `JitsiMeetExternalAPI` that this very script defines. A loaded API is reused, and a load in
 * progress is shared, so the script runs once however many callers ask (the idle prefetch, then
 * Join). A failed or late script element is removed, and the global is trapped for each load so
 * an API left (or set late) by another domain's script is never taken for this one's.
 */
export function loadExternalApi(
  domain: string,
  tenant: string | undefined,
  deps: LoadExternalApiDeps,
): Promise<Result<ExternalApiConstructor, ScriptError>> {
  const url = externalApiUrl(domain, tenant);
  const cached = loaded.get(url);
  if (cached !== undefined) return Promise.resolve({ ok: true, value: cached });
  if (deps.signal?.aborted) return Promise.resolve(aborted(url));
  let shared = inFlight.get(url);
  if (shared === undefined) {
    const controller = new AbortController();
    const load: SharedLoad = {
      outcome: loadScript(domain, url, { ...deps, signal: controller.signal }).then((outcome) => {
        if (inFlight.get(url) === load) inFlight.delete(url);
        return outcome;
      }),
      waiters: 0,
      cancel: () => controller.abort(),
    };
    inFlight.set(url, load);
    shared = load;
  }
  return waitFor(shared, url, deps.signal);
}

/** One caller's wait for a shared load: its own cancel ends its wait, and the last one's the load. */
function waitFor(
  load: SharedLoad,
  url: string,
  signal: AbortSignal | undefined,
): Promise<Result<ExternalApiConstructor, ScriptError>> {
  load.waiters += 1;
  return new Promise((resolve) => {
    let waiting = true;
    const finish = (outcome: Result<ExternalApiConstructor, ScriptError>) => {
      if (!waiting) return;
      waiting = false;
      load.waiters -= 1;
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => {
      finish(aborted(url));
      if (load.waiters === 0) load.cancel();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    void load.outcome.then(finish);
  });
}

function loadScript(
  domain: string,
  url: string,
  deps: LoadExternalApiDeps,
): Promise<Result<ExternalApiConstructor, ScriptError>> {
  const doc = deps.document ?? document;
  const host = deps.global ?? globalThis;

  let source: unknown;
  try {
    source =
      'trustedTypes' in deps ? trustedScriptUrl(url, deps.trustedTypes) : trustedScriptUrl(url);
  } catch {
    return Promise.resolve({
      ok: false,
      error: {
        kind: 'script-failed',
        url,
        message: `This page's Trusted Types policy does not let the launcher load ${url}: its Content-Security-Policy must allow the policy "${SCRIPT_POLICY_NAME}" (trusted-types ${SCRIPT_POLICY_NAME}).`,
      },
    });
  }

  return new Promise((resolve) => {
    for (const old of doc.querySelectorAll(`script[${ATTRIBUTE}]`)) old.remove();
    const script = doc.createElement('script');
    script.setAttribute(ATTRIBUTE, domain);
    script.async = true;
    // A TrustedScriptURL where the page requires one: set through Reflect, as the DOM typings
    // know only strings.
    Reflect.set(script, 'src', source);
    const definedByScript = trapGlobal(host, doc, script);

    const settle = (outcome: Result<ExternalApiConstructor, ScriptError>) => {
      clearTimeout(timer);
      deps.signal?.removeEventListener('abort', onAbort);
      script.onload = null;
      script.onerror = null;
      if (!outcome.ok) script.remove();
      resolve(outcome);
    };
    const fail = (error: ScriptError) => settle({ ok: false, error });
    const onAbort = () => settle(aborted(url));
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
      const api = definedByScript();
      if (!isExternalApiConstructor(api)) {
        fail({
          kind: 'script-no-api',
          url,
          message: `${url} loaded but did not define JitsiMeetExternalAPI: ${domain} may not be a Jitsi Meet server.`,
        });
        return;
      }
      loaded.set(url, api);
      origins.set(api, domain);
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
