import { describe, expect, it } from 'vitest';
import { compareAnswer } from '../../src/probe/compare-answer.ts';
import type { Prediction } from '../../src/probe/probe-types.ts';

const accept: Prediction = { login: { ok: true }, join: { ok: true }, profile: 'given' };
const accepted = { ok: true, condition: null, reason: null };
const refused = (reason: string) => ({ ok: false, condition: 'not-allowed', reason });

describe('compareAnswer', () => {
  it('agrees when both accept login and join', () => {
    expect(
      compareAnswer(accept, accepted, { ok: true, affiliation: 'member', role: 'participant' }),
    ).toEqual({ agree: true, notes: [] });
  });

  it('agrees on the same refusal, whatever the seconds since expiry', () => {
    const predicted: Prediction = {
      login: {
        ok: false,
        reason: 'Not acceptable by exp (120 sec since expired, valid for:3600 sec)',
      },
      join: { ok: false, reason: 'not attempted: the login is refused' },
      profile: 'given',
    };
    const answer = refused('Not acceptable by exp (131 sec since expired, valid for:3600 sec)');
    expect(compareAnswer(predicted, answer, null)).toEqual({ agree: true, notes: [] });
  });

  it('names the settings that explain a refusal the prediction did not expect', () => {
    expect(compareAnswer(accept, refused('Invalid signature'), null)).toEqual({
      agree: false,
      notes: [
        'The server refused the login ("Invalid signature"); the prediction was to accept. Could be: the server signs with another app_secret (JWT_APP_SECRET) than the profile, or its key server holds another public key for this kid.',
      ],
    });
  });

  it('says when the server lets in a token the prediction refuses', () => {
    const predicted: Prediction = {
      login: { ok: true },
      join: { ok: false, reason: 'Room and token mismatched' },
      profile: 'given',
    };
    expect(
      compareAnswer(predicted, accepted, { ok: true, affiliation: 'owner', role: 'moderator' }),
    ).toEqual({
      agree: false,
      notes: [
        'The server let the probe join the room; the prediction was a refusal ("Room and token mismatched"). Could be: enable_domain_verification is off at the server (JWT_ENABLE_DOMAIN_VERIFICATION=0), or token_verification is not enabled on its MUC component.',
      ],
    });
  });

  it('does not count a lobby refusal against the prediction', () => {
    const lobby = {
      ok: false as const,
      step: 'join' as const,
      condition: 'registration-required',
      reason: null,
    };
    const result = compareAnswer({ ...accept, profile: 'assumed' }, accepted, lobby);
    expect(result.agree).toBe(true);
    expect(result.notes).toEqual([
      'No --profile: the prediction does not check the signature and accepts any issuer; give the server settings with --profile FILE for a full prediction.',
      'The room refused the join with registration-required: not a token rule (registration-required is the lobby of a members-only room, not-authorized a room password, service-unavailable a full room).',
    ]);
  });
});
