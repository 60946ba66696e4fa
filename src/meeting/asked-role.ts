import { isJsonObject } from '../core/json-guards.ts';
import { OWNER_AFFILIATIONS } from '../core/judge/moderator-checks.ts';
import type { JsonObject } from '../core/types.ts';

/** The role a token asks for, and the claim that says so (as written in the token). */
export interface AskedRole {
  role: 'moderator' | 'participant' | 'unstated';
  /** For example `context.user.moderator: "true"`; absent when nothing asks. */
  claim?: string;
}

function asked(role: 'moderator' | 'participant', field: string, value: unknown): AskedRole {
  return { role, claim: `${field}: ${JSON.stringify(value)}` };
}

/**
 * What the token asks for, read as the common plugins read it: `context.user.moderator`
 * (JaaS and token_affiliation, `true` or `"true"`), then `context.user.affiliation`
 * (token_affiliation), then a top-level boolean `moderator` (token_moderation).
 */
export function askedRole(payload: JsonObject): AskedRole {
  const context = isJsonObject(payload.context) ? payload.context : undefined;
  const user = context !== undefined && isJsonObject(context.user) ? context.user : undefined;
  const moderator = user?.moderator;
  if (moderator === true || moderator === 'true') {
    return asked('moderator', 'context.user.moderator', moderator);
  }
  if (moderator === false || moderator === 'false') {
    return asked('participant', 'context.user.moderator', moderator);
  }
  const affiliation = user?.affiliation;
  if (typeof affiliation === 'string' && OWNER_AFFILIATIONS.includes(affiliation)) {
    return asked('moderator', 'context.user.affiliation', affiliation);
  }
  if (affiliation === 'member')
    return asked('participant', 'context.user.affiliation', affiliation);
  if (typeof payload.moderator === 'boolean') {
    return asked(payload.moderator ? 'moderator' : 'participant', 'moderator', payload.moderator);
  }
  return { role: 'unstated' };
}
