import { describe, expect, it } from 'vitest';
import { decodeToken } from '../../src/core/decode-token.ts';
import { describeMeetingProblem } from '../../src/screens/errors/describe-meeting-problem.ts';
import { deepClaimToken } from '../e2e/fixtures/fake-token.ts';

const NOW_S = 1_780_000_000;

describe('describeMeetingProblem', () => {
  it('names a sub nested 5,000 deep in a few characters when the room refuses the token', () => {
    const token = deepClaimToken(5000, NOW_S);
    const decoded = decodeToken(token);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const deep = decoded.value.payload.deep;
    const problem = describeMeetingProblem(
      {
        phase: {
          status: 'refused',
          stage: 'room',
          error: { name: 'conference.connectionError.notAllowed', isFatal: false },
        },
        visitor: false,
        roles: {},
      },
      { status: 'idle' },
      {
        id: 1,
        domain: 'meet.example.com',
        room: 'Daily Standup',
        displayName: 'Ann',
        token,
        decoded: { ...decoded.value, payload: { ...decoded.value.payload, sub: deep } },
      },
      NOW_S,
    );
    const line = problem?.details.find(
      (detail) => typeof detail === 'string' && detail.startsWith('The room join compares'),
    );
    expect(line).toBe(
      'The room join compares the room claim ("*") with the room "daily%20standup", and sub ([[[[[[[[[…]]]]]]]]]) with the XMPP domain (docker-jitsi-meet: meet.jitsi), not the public host name, or "*". With enable_domain_verification off on the server, sub is not compared.',
    );
  });
});
