/** What `copyText` needs of `navigator.clipboard`. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/** The browser has no clipboard API here (a page not served over https, an old browser). */
export class ClipboardUnavailable extends Error {
  constructor() {
    super('This browser offers no clipboard to this page.');
    this.name = 'ClipboardUnavailable';
  }
}

/**
 * Copies `text`. Always a promise: without `navigator.clipboard` (plain http on a host name, old
 * browsers) it rejects with ClipboardUnavailable instead of throwing in the click handler, so
 * every Copy button can say that copying did not happen.
 */
export function copyText(
  text: string,
  clipboard: ClipboardLike | undefined = globalThis.navigator?.clipboard,
): Promise<void> {
  if (clipboard === undefined || typeof clipboard.writeText !== 'function') {
    return Promise.reject(new ClipboardUnavailable());
  }
  try {
    return clipboard.writeText(text);
  } catch (error) {
    return Promise.reject(error);
  }
}
