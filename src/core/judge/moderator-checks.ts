import { isJsonObject } from '../json-guards.ts';
import type { Check, EffectiveProfile, JsonObject } from '../types.ts';
import { makeCheck, show } from './make-check.ts';

/** The affiliations token_affiliation turns into owner (moderator). */
export const OWNER_AFFILIATIONS = ['owner', 'moderator', 'teacher'];

/**
 * Token verification never grants moderator; plugins do, each reading its own field. Says what
 * this token asks for and which plugin would honour it.
 */
export function moderatorChecks(payload: JsonObject, eff: EffectiveProfile): Check[] {
  const context = isJsonObject(payload.context) ? payload.context : undefined;
  const user = context && isJsonObject(context.user) ? context.user : undefined;
  const userModerator = user?.moderator;
  const affiliation = user?.affiliation;
  const topLevel = payload.moderator;
  const notes: string[] = [];
  const problems: string[] = [];
  if (userModerator !== undefined) {
    if (userModerator === true || userModerator === 'true') {
      notes.push(
        `context.user.moderator ${show(userModerator)}: honoured by JaaS (8x8.vc) and by jitsi-contrib token_affiliation (makes the user owner).`,
      );
    } else if (userModerator === false || userModerator === 'false') {
      notes.push('context.user.moderator false: not a moderator for JaaS and token_affiliation.');
    } else {
      problems.push(
        `context.user.moderator is ${show(userModerator)}; plugins read only true or "true".`,
      );
    }
  }
  if (affiliation !== undefined) {
    if (typeof affiliation === 'string' && OWNER_AFFILIATIONS.includes(affiliation)) {
      notes.push(
        `context.user.affiliation "${affiliation}": jitsi-contrib token_affiliation makes the user owner (moderator).`,
      );
    } else if (affiliation === 'member') {
      notes.push(
        'context.user.affiliation "member": token_affiliation keeps the user a plain member.',
      );
    } else {
      problems.push(
        `context.user.affiliation is ${show(affiliation)}; token_affiliation knows owner, moderator, teacher and member.`,
      );
    }
  }
  if (topLevel !== undefined) {
    if (typeof topLevel === 'boolean') {
      notes.push(
        `top-level moderator ${topLevel}: read only by token_moderation (nvonahsen/jitsi-token-moderation-plugin), which wants a boolean.`,
      );
    } else {
      problems.push(
        `top-level moderator is ${show(topLevel)}; token_moderation reads only a boolean.`,
      );
    }
  }
  const stock =
    'Without such a plugin, stock Jicofo makes every user who logs in with a token a moderator.';
  const jaasNote = eff.jaas ? ' On JaaS, context.user.moderator decides.' : '';
  if (problems.length > 0) {
    return [
      makeCheck('moderator', 'moderator', 'warn', 'Moderator', [...problems, ...notes].join(' '), {
        fix: 'Use context.user.moderator: true (JaaS, token_affiliation) or context.user.affiliation: "owner" (token_affiliation).',
        claim: 'context.user.moderator',
      }),
    ];
  }
  if (notes.length === 0) {
    return [
      makeCheck(
        'moderator',
        'moderator',
        'pass',
        'Moderator',
        `The token asks for no moderator rights. ${stock}${jaasNote}`,
      ),
    ];
  }
  return [
    makeCheck(
      'moderator',
      'moderator',
      'pass',
      'Moderator',
      `${notes.join(' ')} ${stock}${jaasNote}`,
      {
        claim: 'context.user.moderator',
      },
    ),
  ];
}
