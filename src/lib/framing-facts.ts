/** What the page can learn about who frames it. */
export interface FramingFacts {
  /** `window.top !== window`. */
  framed: boolean;
  /** `location.ancestorOrigins` (Chromium, Safari), nearest first; undefined where not exposed. */
  ancestorOrigins: readonly string[] | undefined;
  /** `document.referrer`: the framing (or linking) page's address or origin, when sent. */
  referrer: string;
  /** The launcher's own origin. */
  origin: string;
}

/** The facts of the page this runs in. */
export function readFramingFacts(win: Window = window): FramingFacts {
  const list = win.location.ancestorOrigins;
  return {
    // Comparing window proxies is allowed across origins.
    framed: win.top !== win.self,
    ancestorOrigins: list === undefined ? undefined : Array.from(list),
    referrer: win.document.referrer,
    origin: win.location.origin,
  };
}
