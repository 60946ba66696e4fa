import type { AskedRole } from './asked-role.ts';

/** The role asked beside the role granted, and what usually explains a difference. */
export interface RoleComparison {
  asked: string;
  granted: string;
  /** Set when they differ: the server setting that usually explains it. */
  explanation?: string;
}

const NOT_MODERATOR =
  'Token verification never makes anyone moderator; a plugin does, each reading its own field: token_affiliation reads context.user.moderator and context.user.affiliation, token_moderation only a top-level moderator boolean, JaaS context.user.moderator "true". The server usually lacks the plugin that reads this field (docker-jitsi-meet: XMPP_MUC_MODULES=token_affiliation), or another moderator already owns the room.';
const EVERYONE_MODERATOR =
  'Stock Jicofo makes every user who logs in with a token a moderator (auto-owner, on by default). To give moderator only to those the token names, enable a plugin that reads the claim (docker-jitsi-meet: XMPP_MUC_MODULES=token_affiliation) and turn auto-owner off (ENABLE_AUTO_OWNER=0).';

/**
 * Compares what the token asks for with what the meeting granted (`participantRoleChanged` for
 * the local participant). Words for the debug panel and the administrator's details.
 */
export function compareRoles(asked: AskedRole, granted: string | undefined): RoleComparison {
  const askedText =
    asked.claim === undefined
      ? 'nothing stated (no moderator claim)'
      : `${asked.role} (${asked.claim})`;
  const grantedText = granted ?? 'not reported yet';
  const comparison: RoleComparison = { asked: askedText, granted: grantedText };
  if (granted === undefined) return comparison;
  const isModerator = granted === 'moderator';
  if (asked.role === 'moderator' && !isModerator)
    return { ...comparison, explanation: NOT_MODERATOR };
  if (asked.role !== 'moderator' && isModerator) {
    return { ...comparison, explanation: EVERYONE_MODERATOR };
  }
  return comparison;
}
