/** An abort signal that fires by itself after a time limit, and can tell that abort apart. */
export interface TimeLimit {
  controller: AbortController;
  /** Whether the limit passed (rather than another abort). */
  timedOut(): boolean;
  /** Stops the clock once the work is done. */
  clear(): void;
}

/** Starts a time limit of `ms` milliseconds. */
export function abortAfter(ms: number): TimeLimit {
  const controller = new AbortController();
  let passed = false;
  const timer = setTimeout(() => {
    passed = true;
    controller.abort();
  }, ms);
  return { controller, timedOut: () => passed, clear: () => clearTimeout(timer) };
}
