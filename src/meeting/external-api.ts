/** A listener for one IFrame API event; the payload is whatever the meeting frame sent. */
export type ExternalApiListener = (payload: unknown) => void;

/**
 * The part of the IFrame API object the launcher itself uses (the SDK uses the rest). Every
 * external_api.js has the listener methods; an object without them is simply not heard.
 */
export interface ExternalApi {
  addListener?(event: string, listener: ExternalApiListener): unknown;
  removeListener?(event: string, listener: ExternalApiListener): unknown;
  dispose(): void;
}

/** `window.JitsiMeetExternalAPI`, as defined by a domain's `external_api.js`. */
export type ExternalApiConstructor = new (domain: string, options: object) => ExternalApi;

export const GLOBAL_NAME = 'JitsiMeetExternalAPI';

export function isExternalApiConstructor(value: unknown): value is ExternalApiConstructor {
  return typeof value === 'function';
}

/** `https://DOMAIN/[TENANT/]external_api.js`, as the SDK and the real client build it. */
export function externalApiUrl(domain: string, tenant?: string): string {
  const prefix = tenant === undefined || tenant === '' ? '' : `${encodeURIComponent(tenant)}/`;
  return `https://${domain}/${prefix}external_api.js`;
}
