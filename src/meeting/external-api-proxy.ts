import type { ExternalApi, ExternalApiConstructor } from './external-api.ts';
import { GLOBAL_NAME } from './external-api.ts';

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

/** Makes `api` the one the SDK constructs, and exposes the forwarder as the global. */
export function activateExternalApi(api: ExternalApiConstructor, host: object = globalThis): void {
  active = api;
  Reflect.set(host, GLOBAL_NAME, ExternalApiProxy);
}
