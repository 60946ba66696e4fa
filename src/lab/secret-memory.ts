/**
 * The HS256 secret lives in memory; only when the user asks is it kept in sessionStorage (this
 * tab, until it closes). Storage may be missing or throw (private windows, policies): then the
 * secret is simply not remembered.
 */
const SECRET_KEY = 'jitsi-jwt-launcher:lab-hs-secret';

function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function recallSecret(storage: Storage | undefined = sessionStore()): string | undefined {
  try {
    return storage?.getItem(SECRET_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the browser refused to keep it. */
export function rememberSecret(
  secret: string,
  storage: Storage | undefined = sessionStore(),
): boolean {
  try {
    if (storage === undefined) return false;
    storage.setItem(SECRET_KEY, secret);
    return true;
  } catch {
    return false;
  }
}

export function forgetSecret(storage: Storage | undefined = sessionStore()): void {
  try {
    storage?.removeItem(SECRET_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
