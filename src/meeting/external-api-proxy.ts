import type { ExternalApi, ExternalApiConstructor } from './external-api.ts';
import { GLOBAL_NAME } from './external-api.ts';
import { loadedDomain } from './load-external-api.ts';

let active: ExternalApiConstructor | undefined;

/**
 * The SDK keeps the first `window.JitsiMeetExternalAPI` it sees for the page's lifetime. So the
 * global it sees is this stable forwarder, and each meeting points it at the API loaded from that
 * meeting's own domain: switching domains without a reload uses the right script.
 */
function ExternalApiProxy(domain: string, options: object): ExternalApi {
  if (active === undefined) throw new Error('No Jitsi IFrame API has been loaded yet.');
  return new active(domain, options);
}

/**
 * Makes `api` the one the SDK constructs, and pins the forwarder as the global: a late script
 * of an earlier, timed-out load that runs now cannot replace it.
 */
export function activateExternalApi(api: ExternalApiConstructor, host: object = globalThis): void {
  active = api;
  Object.defineProperty(host, GLOBAL_NAME, {
    configurable: true,
    enumerable: true,
    get: () => ExternalApiProxy,
    set: () => undefined,
  });
}

/** Forgets the active API and removes the global (tests). */
export function forgetActiveExternalApi(host: object = globalThis): void {
  active = undefined;
  Reflect.deleteProperty(host, GLOBAL_NAME);
}

/**
 * Activates an API for a meeting on `domain` after checking that `domain`'s own script load
 * produced it. Throws when it did not (the store turns that into a failed join).
 */
export function activateLoadedExternalApi(
  api: ExternalApiConstructor,
  domain: string,
  host: object = globalThis,
): void {
  if (loadedDomain(api) !== domain) {
    throw new Error(`The IFrame API at hand was not loaded from ${domain}.`);
  }
  activateExternalApi(api, host);
}
