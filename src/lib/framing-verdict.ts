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

export type FramingVerdict =
  | { allowed: true }
  | {
      allowed: false;
      reason: 'no-parents-allowed' | 'parent-not-allowed' | 'parent-unknown';
      origin?: string;
    };

function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether the launcher may show its join screen in the frame it is in, behind the CSP's
 * `frame-ancestors` (which a host may not send). Not framed: yes. Framed with no parent origins
 * configured: no. Framed with a list: every ancestor the browser exposes must be on it; where
 * the browser exposes none (Firefox), the referrer's origin stands for the direct parent, and
 * without a referrer the parent cannot be told, so no: a join screen in an unknown frame is
 * the one-click join the refusal exists to stop.
 */
export function framingVerdict(
  facts: FramingFacts,
  parentOrigins: readonly string[],
): FramingVerdict {
  if (!facts.framed) return { allowed: true };
  if (parentOrigins.length === 0) {
    const origin = facts.ancestorOrigins?.[0] ?? originOf(facts.referrer);
    return {
      allowed: false,
      reason: 'no-parents-allowed',
      ...(origin === undefined ? {} : { origin }),
    };
  }
  if (facts.ancestorOrigins !== undefined && facts.ancestorOrigins.length > 0) {
    const stranger = facts.ancestorOrigins.find((origin) => !parentOrigins.includes(origin));
    if (stranger === undefined) return { allowed: true };
    // "null": a sandboxed parent, or one whose frame hides its origin (referrerpolicy).
    return stranger === 'null'
      ? { allowed: false, reason: 'parent-unknown' }
      : { allowed: false, reason: 'parent-not-allowed', origin: stranger };
  }
  const parent = originOf(facts.referrer);
  if (parent === undefined) return { allowed: false, reason: 'parent-unknown' };
  return parentOrigins.includes(parent)
    ? { allowed: true }
    : { allowed: false, reason: 'parent-not-allowed', origin: parent };
}

/**
 * Whether the page that opened this address (by link or frame) is one the launcher trusts to
 * ask for a join without a click: its own origin, or one of `parentOrigins`. A link from anywhere
 * else (or with no referrer) only fills the form.
 */
export function openedByTrustedPage(
  facts: FramingFacts,
  parentOrigins: readonly string[],
): boolean {
  const from = originOf(facts.referrer);
  return from !== undefined && (from === facts.origin || parentOrigins.includes(from));
}

/** The facts of the page this runs in. */
export function readFramingFacts(win: Window = window): FramingFacts {
  let framed: boolean;
  try {
    framed = win.top !== win.self;
  } catch {
    framed = true;
  }
  const list = win.location.ancestorOrigins;
  return {
    framed,
    ancestorOrigins: list === undefined ? undefined : Array.from(list),
    referrer: win.document.referrer,
    origin: win.location.origin,
  };
}
