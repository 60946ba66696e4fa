import type { FramingFacts } from './framing-facts.ts';

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
  const ancestors = facts.ancestorOrigins?.length ? facts.ancestorOrigins : undefined;
  const referrer = originOf(facts.referrer);
  if (parentOrigins.length === 0) {
    const origin = ancestors?.[0] ?? referrer;
    return {
      allowed: false,
      reason: 'no-parents-allowed',
      ...(origin === undefined ? {} : { origin }),
    };
  }
  // "null": a sandboxed parent, one whose frame hides its origin, or no referrer to tell.
  const parents = ancestors ?? [referrer ?? 'null'];
  const stranger = parents.find((origin) => !parentOrigins.includes(origin));
  if (stranger === undefined) return { allowed: true };
  return stranger === 'null'
    ? { allowed: false, reason: 'parent-unknown' }
    : { allowed: false, reason: 'parent-not-allowed', origin: stranger };
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
