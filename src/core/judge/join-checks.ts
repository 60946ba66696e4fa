import { isJsonObject } from '../json-guards.ts';
import { luaMatch } from '../lua-pattern.ts';
import { asciiLower, normalizeRoomName } from '../normalize-room.ts';
import type { Check, EffectiveProfile, JsonObject, Target } from '../types.ts';
import { makeCheck, show } from './make-check.ts';

const MISMATCH = 'Room and token mismatched';

const join = (
  id: string,
  status: Check['status'],
  title: string,
  message: string,
  extras?: Parameters<typeof makeCheck>[5],
) => makeCheck(id, 'join', status, title, message, extras);

/** Lua coerces numbers to strings in string.lower; other types make it fail. */
function claimText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function isRegexRoom(payload: JsonObject): boolean {
  const context = payload.context;
  if (!isJsonObject(context) || !isJsonObject(context.room)) return false;
  const regex = context.room.regex;
  return regex === true || regex === 'true';
}

function roomCheck(payload: JsonObject, eff: EffectiveProfile, target: Target): Check {
  const title = 'Room name matches';
  const normalized = normalizeRoomName(target.room);
  const tenant = target.tenant?.toLowerCase();
  const roomNode = tenant ? `[${tenant}]${normalized}` : normalized;
  const claim = payload.room;
  if (claim === undefined) {
    return eff.requireRoomClaim
      ? join('room', 'skip', title, 'No room claim (the login already fails).', { claim: 'room' })
      : join('room', 'pass', title, 'No room claim and asap_require_room_claim is off: any room.', {
          claim: 'room',
        });
  }
  const text = claimText(claim);
  if (text === undefined) {
    return join('room', 'fail', title, `room is ${show(claim)}, not a string.`, {
      serverReason: MISMATCH,
      fix: `Set room to "${normalized}" (or "*").`,
      claim: 'room',
    });
  }
  const authRoom = asciiLower(text);
  const regex = isRegexRoom(payload);
  const typedHint =
    text === target.room && text !== normalized
      ? ` The claim holds the room as typed; the client sends "${normalized}" (NFKC, lowercase, encodeURIComponent).`
      : '';
  if (!eff.domainVerification) {
    // Lua's == does not coerce a number claim to a string; the `]`..claim concatenation does.
    const ok =
      authRoom === '*' ||
      (typeof claim === 'string' && roomNode === authRoom) ||
      roomNode.endsWith(`]${authRoom}`);
    const regexNote = regex
      ? ' context.room.regex is ignored: with enable_domain_verification off the claim is compared literally.'
      : '';
    return ok
      ? join('room', 'pass', title, `room ${show(text)} matches "${normalized}".${regexNote}`, {
          claim: 'room',
        })
      : join(
          'room',
          'fail',
          title,
          `room is ${show(text)}; the server compares it (ASCII-lowercased) with "${normalized}".${typedHint}${regexNote}`,
          {
            serverReason: MISMATCH,
            fix: `Set room to "${normalized}", or "*" for any room.`,
            claim: 'room',
          },
        );
  }
  if (authRoom === '*') {
    return join('room', 'pass', title, 'room "*": any room.', { claim: 'room' });
  }
  if (regex) {
    const matched = luaMatch(normalized, authRoom);
    if (!matched.ok) {
      return join(
        'room',
        'fail',
        title,
        `room is a Lua pattern (context.room.regex) and it is malformed: ${matched.error.message}.`,
        {
          serverReason: matched.error.message,
          fix: 'Fix the Lua pattern: escape magic characters with % (not \\), e.g. "^team%-.*$".',
          claim: 'room',
        },
      );
    }
    if (matched.value === null && !eff.requireRoomClaim) {
      return join(
        'room',
        'pass',
        title,
        `The Lua pattern ${show(authRoom)} does not match "${normalized}", but with asap_require_room_claim off the server lets the join through (and does not compare sub).`,
        { claim: 'room' },
      );
    }
    if (matched.value === null) {
      return join(
        'room',
        'fail',
        title,
        `The Lua pattern ${show(authRoom)} does not match "${normalized}".`,
        {
          serverReason: MISMATCH,
          fix: 'Change the pattern; remember Lua patterns are not regular expressions (% escapes, - is lazy *, no |).',
          claim: 'room',
        },
      );
    }
    if (asciiLower(matched.value) !== normalized) {
      return join(
        'room',
        'fail',
        title,
        `The Lua pattern ${show(authRoom)} matches only "${matched.value}" of "${normalized}"; the server compares what the pattern matches (or its first capture) with the whole room name.`,
        {
          serverReason: MISMATCH,
          fix: 'Make the pattern match the whole room name, e.g. anchor it with ^...$ and drop captures.',
          claim: 'room',
        },
      );
    }
    return join(
      'room',
      'pass',
      title,
      `The Lua pattern ${show(authRoom)} matches "${normalized}".`,
      { claim: 'room' },
    );
  }
  return authRoom === normalized
    ? join('room', 'pass', title, `room ${show(text)} matches "${normalized}".`, { claim: 'room' })
    : join(
        'room',
        'fail',
        title,
        `room is ${show(text)}; the server compares it (ASCII-lowercased) with "${normalized}".${typedHint}`,
        {
          serverReason: MISMATCH,
          fix: `Set room to "${normalized}", or "*" for any room.`,
          claim: 'room',
        },
      );
}

function subjectCheck(payload: JsonObject, eff: EffectiveProfile, target: Target): Check {
  const title = target.tenant
    ? 'Subject (sub) names the tenant'
    : 'Subject (sub) names the XMPP domain';
  if (!eff.domainVerification) {
    return join(
      'sub-domain',
      'pass',
      title,
      'enable_domain_verification is off: sub is not compared.',
      { claim: 'sub' },
    );
  }
  const sub = payload.sub;
  if (sub === undefined) {
    return eff.olderRelease
      ? join(
          'sub-domain',
          'fail',
          title,
          'No sub: this older server fails the join with a Lua error.',
          {
            serverReason: "bad argument #1 to 'lower' (string expected, got nil)",
            fix: target.tenant
              ? `Add "sub": "${target.tenant.toLowerCase()}".`
              : 'Add "sub": the XMPP domain (muc_mapper_domain_base).',
            claim: 'sub',
          },
        )
      : join('sub-domain', 'skip', title, 'No sub (the login already fails).', { claim: 'sub' });
  }
  const text = claimText(sub);
  if (text === undefined) {
    return join('sub-domain', 'fail', title, `sub is ${show(sub)}, not a string.`, {
      serverReason: MISMATCH,
      claim: 'sub',
    });
  }
  if (text === '*')
    return join('sub-domain', 'pass', title, 'sub "*": any domain or tenant.', { claim: 'sub' });
  const lowered = asciiLower(text);
  if (target.tenant) {
    const tenant = target.tenant.toLowerCase();
    if (!eff.xmppDomain) {
      return join(
        'sub-domain',
        'warn',
        title,
        'The profile has no muc_mapper_domain_base; the server refuses every tenant URL without it.',
        {
          fix: 'Set muc_mapper_domain_base (the XMPP domain) in the profile, as on the server.',
          claim: 'sub',
        },
      );
    }
    return lowered === tenant
      ? join('sub-domain', 'pass', title, `sub ${show(text)} names the tenant "${tenant}".`, {
          claim: 'sub',
        })
      : join(
          'sub-domain',
          'fail',
          title,
          `sub is ${show(text)}; for the tenant URL .../${target.tenant}/... it must be "${tenant}" (or "*").`,
          {
            serverReason: MISMATCH,
            fix: `Set sub to "${tenant}".`,
            claim: 'sub',
          },
        );
  }
  if (!eff.xmppDomain) {
    return join(
      'sub-domain',
      'warn',
      title,
      `sub is ${show(text)}; it must equal the server's XMPP domain, which the profile does not say (it is often not the public host name).`,
      {
        fix: 'Set muc_mapper_domain_base in the profile (docker-jitsi-meet: XMPP_DOMAIN, default meet.jitsi).',
        claim: 'sub',
      },
    );
  }
  const domain = asciiLower(eff.xmppDomain);
  if (lowered === domain) {
    return join('sub-domain', 'pass', title, `sub ${show(text)} is the XMPP domain.`, {
      claim: 'sub',
    });
  }
  const hostHint =
    lowered === asciiLower(target.domain.replace(/:\d+$/, ''))
      ? ` sub names the public host name; the server compares it with its XMPP domain "${domain}".`
      : '';
  return join(
    'sub-domain',
    'fail',
    title,
    `sub is ${show(text)}; it must be the XMPP domain "${domain}" (or "*").${hostHint}`,
    {
      serverReason: MISMATCH,
      fix: `Set sub to "${domain}".`,
      claim: 'sub',
    },
  );
}

/**
 * With domain verification on and asap_require_room_claim off, verify_room lets the join through
 * as soon as there is no room to check (no claim, or a regex that matches nothing): sub is not read.
 */
function roomBypass(payload: JsonObject, eff: EffectiveProfile, target: Target): boolean {
  if (!eff.domainVerification || eff.requireRoomClaim) return false;
  const claim = payload.room;
  if (claim === undefined) return true;
  const text = claimText(claim);
  if (text === undefined || asciiLower(text) === '*' || !isRegexRoom(payload)) return false;
  const matched = luaMatch(normalizeRoomName(target.room), asciiLower(text));
  return matched.ok && matched.value === null;
}

/** The room-join (MUC) checks: token_verification's verify_room. */
export function joinChecks(payload: JsonObject, eff: EffectiveProfile, target: Target): Check[] {
  const sub = roomBypass(payload, eff, target)
    ? join(
        'sub-domain',
        'pass',
        target.tenant ? 'Subject (sub) names the tenant' : 'Subject (sub) names the XMPP domain',
        'Not compared: without a room to check, the server lets the join through before reading sub.',
        { claim: 'sub' },
      )
    : subjectCheck(payload, eff, target);
  return [roomCheck(payload, eff, target), sub];
}
