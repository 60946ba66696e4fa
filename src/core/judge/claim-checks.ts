import type { Check, EffectiveProfile, JsonObject } from '../types.ts';
import { loginCheck } from './login-check.ts';
import { show } from './make-check.ts';

export function issuerCheck(payload: JsonObject, eff: EffectiveProfile): Check {
  const { iss } = payload;
  const accepted = eff.acceptedIssuers;
  const setting = 'asap_accepted_issuers (docker: JWT_ACCEPTED_ISSUERS)';
  if (iss === undefined) {
    return loginCheck('iss', 'fail', 'Issuer (iss)', 'The token has no iss.', {
      serverReason: "'iss' claim is missing",
      fix: `Set iss to ${accepted[0] && accepted[0] !== '*' ? `"${accepted[0]}"` : 'your app_id'}.`,
      claim: 'iss',
    });
  }
  if (accepted.includes('*') || accepted.some((entry) => entry === iss)) {
    return loginCheck('iss', 'pass', 'Issuer (iss)', `iss ${show(iss)} is accepted.`, {
      claim: 'iss',
    });
  }
  if (accepted.length === 0) {
    return loginCheck(
      'iss',
      'fail',
      'Issuer (iss)',
      `iss is ${show(iss)}; the server accepts no issuer at all: the profile has neither app_id (the default accepted issuer) nor asap_accepted_issuers.`,
      {
        serverReason: "invalid 'iss' claim",
        fix: `Set app_id in the profile, or add ${show(iss)} to ${setting}.`,
        claim: 'iss',
      },
    );
  }
  const list = accepted.map((entry) => `"${entry}"`).join(', ');
  return loginCheck(
    'iss',
    'fail',
    'Issuer (iss)',
    `iss is ${show(iss)}; the server accepts ${list} (asap_accepted_issuers, by default just app_id).`,
    {
      serverReason: "invalid 'iss' claim",
      fix: `Set iss to one of ${list}, or add ${show(iss)} to ${setting}.`,
      claim: 'iss',
    },
  );
}

export function audienceCheck(payload: JsonObject, eff: EffectiveProfile): Check {
  const { aud } = payload;
  const accepted = eff.acceptedAudiences;
  if (aud === undefined) {
    return loginCheck(
      'aud',
      'fail',
      'Audience (aud)',
      'The token has no aud; the server requires one even when it accepts any.',
      {
        serverReason: "'aud' claim is missing",
        fix: `Set aud to ${accepted.includes('*') ? 'any value, e.g. "jitsi"' : `"${accepted[0] ?? 'jitsi'}"`}.`,
        claim: 'aud',
      },
    );
  }
  if (accepted.includes('*')) {
    return loginCheck(
      'aud',
      'pass',
      'Audience (aud)',
      `aud ${show(aud)}: the server accepts any audience (asap_accepted_audiences is "*").`,
      { claim: 'aud' },
    );
  }
  if (accepted.some((entry) => entry === aud)) {
    return loginCheck('aud', 'pass', 'Audience (aud)', `aud ${show(aud)} is accepted.`, {
      claim: 'aud',
    });
  }
  const list = accepted.map((entry) => `"${entry}"`).join(', ');
  return loginCheck(
    'aud',
    'fail',
    'Audience (aud)',
    `aud is ${show(aud)}; the server accepts only ${list}${Array.isArray(aud) ? ' and compares aud as one string, so an array never matches a strict list' : ''}.`,
    {
      serverReason: "invalid 'aud' claim",
      fix: `Set aud to ${accepted.length === 1 ? list : `one of ${list}`} (a single string), or change asap_accepted_audiences (JWT_ACCEPTED_AUDIENCES).`,
      claim: 'aud',
    },
  );
}

export function roomClaimCheck(payload: JsonObject, eff: EffectiveProfile): Check {
  if (!eff.requireRoomClaim) {
    return loginCheck(
      'room-claim',
      'pass',
      'Room claim present',
      'asap_require_room_claim is off: the server does not require a room claim.',
      { claim: 'room' },
    );
  }
  if (payload.room === undefined) {
    return loginCheck('room-claim', 'fail', 'Room claim present', 'The token has no room claim.', {
      serverReason: eff.olderRelease ? "'room' claim is missing" : 'room claim is missing',
      fix: 'Add "room": the room name as the server compares it (e.g. "daily%20standup"), or "*" for any room.',
      claim: 'room',
    });
  }
  return loginCheck('room-claim', 'pass', 'Room claim present', `room ${show(payload.room)}.`, {
    claim: 'room',
  });
}

export function subjectClaimCheck(payload: JsonObject, eff: EffectiveProfile): Check {
  if (payload.sub !== undefined) {
    return loginCheck('sub-claim', 'pass', 'Subject claim present', `sub ${show(payload.sub)}.`, {
      claim: 'sub',
    });
  }
  if (eff.olderRelease) {
    return loginCheck(
      'sub-claim',
      'warn',
      'Subject claim present',
      'No sub: an older server lets the login pass, then fails the room join with a Lua error.',
      {
        fix: 'Add "sub": the XMPP domain (muc_mapper_domain_base), the tenant, or "*".',
        claim: 'sub',
      },
    );
  }
  return loginCheck('sub-claim', 'fail', 'Subject claim present', 'The token has no sub.', {
    serverReason: 'sub claim is missing',
    fix: 'Add "sub": the XMPP domain (muc_mapper_domain_base, e.g. "meet.jitsi" in docker), the tenant for tenant URLs, or "*".',
    claim: 'sub',
  });
}
