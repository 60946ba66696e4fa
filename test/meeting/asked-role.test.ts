import { describe, expect, it } from 'vitest';
import { askedRole } from '../../src/meeting/asked-role.ts';

describe('askedRole', () => {
  it('reads context.user.moderator as JaaS and token_affiliation do', () => {
    expect(askedRole({ context: { user: { moderator: 'true' } } })).toEqual({
      role: 'moderator',
      claim: 'context.user.moderator: "true"',
    });
    expect(askedRole({ context: { user: { moderator: true, affiliation: 'member' } } })).toEqual({
      role: 'moderator',
      claim: 'context.user.moderator: true',
    });
    expect(askedRole({ context: { user: { moderator: false } } })).toEqual({
      role: 'participant',
      claim: 'context.user.moderator: false',
    });
  });

  it('reads affiliation, then a top-level boolean moderator', () => {
    expect(askedRole({ context: { user: { affiliation: 'teacher' } } })).toEqual({
      role: 'moderator',
      claim: 'context.user.affiliation: "teacher"',
    });
    expect(askedRole({ context: { user: { affiliation: 'member' } } })).toEqual({
      role: 'participant',
      claim: 'context.user.affiliation: "member"',
    });
    expect(askedRole({ moderator: true })).toEqual({ role: 'moderator', claim: 'moderator: true' });
  });

  it('says nothing is asked when no field plugins read is there', () => {
    expect(askedRole({})).toEqual({ role: 'unstated' });
    expect(askedRole({ context: { user: { moderator: 'yes' } }, moderator: 'true' })).toEqual({
      role: 'unstated',
    });
  });
});
