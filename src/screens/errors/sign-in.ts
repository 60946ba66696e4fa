/** Where the launcher runs: inside another page's frame, or as the page itself. */
export function isFramed(win: Window = window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true;
  }
}

export type SignInOutcome =
  /** The page itself went to the sign-in page (top level). */
  | 'navigated'
  /** A popup shows the sign-in page; `onReturn` runs when it closes or the page has focus again. */
  | 'popup'
  /** Popups are blocked: the user opens the sign-in page in a new tab with a link. */
  | 'blocked';

const POLL_MS = 500;

/**
 * Calls `onReturn` when this page first gets focus back (a sign-in tab the launcher has no
 * handle on, or a click back here while the popup is open), and when `popup` is closed: the
 * user may come back before finishing, so the close asks once more. Returns a function that
 * stops watching.
 */
export function watchReturn(
  popup: Window | null,
  onReturn: () => void,
  win: Window = window,
): () => void {
  const stop = () => {
    clearInterval(timer);
    win.removeEventListener('focus', onFocus);
  };
  const onFocus = () => {
    win.removeEventListener('focus', onFocus);
    if (popup === null || popup.closed) stop();
    onReturn();
  };
  const timer = setInterval(() => {
    if (popup?.closed !== true) return;
    stop();
    onReturn();
  }, POLL_MS);
  win.addEventListener('focus', onFocus);
  return stop;
}

let stopWatching: (() => void) | undefined;

/**
 * Sends the user to the identity provider. At the top level the page goes there (and comes back
 * by the provider's redirect). Inside a frame, sign-in pages refuse to be framed: the login URL
 * opens in a popup instead, and the launcher asks again by itself when the user returns.
 */
export function signIn(url: string, onReturn: () => void, win: Window = window): SignInOutcome {
  if (!isFramed(win)) {
    win.location.assign(url);
    return 'navigated';
  }
  stopWatching?.();
  const popup = win.open(url, 'jitsi-launcher-sign-in', 'popup,width=520,height=680');
  stopWatching = watchReturn(
    popup,
    () => {
      stopWatching = undefined;
      onReturn();
    },
    win,
  );
  return popup === null ? 'blocked' : 'popup';
}
