import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/types.ts';
import type { JoinError } from '../../src/meeting/join-error.ts';
import type { ReadyJoin, RunJoin } from '../../src/meeting/join-flow.ts';
import { meetingReader } from '../../src/meeting/meeting-reader.ts';
import { createLauncherStore } from '../../src/store/launcher-store.ts';
import { CONFIG } from '../screens/render-app.tsx';
import { fakeApi } from '../support/fake-meeting-api.ts';

const EXP = 1_800_000_000;
const MINUTE = 60_000;

function setup(answer: (n: number) => Result<ReadyJoin, JoinError> | Promise<never>) {
  let nowMs = (EXP + 30) * 1000;
  const calls: Array<Parameters<RunJoin>> = [];
  const runJoin: RunJoin = async (...args) => {
    calls.push(args);
    return answer(calls.length);
  };
  const store = createLauncherStore({
    names: { load: () => '', save: () => undefined },
    runJoin,
    now: () => nowMs,
    meeting: meetingReader,
  });
  store.getState().configLoaded({ ok: true, value: CONFIG });
  store.getState().setField('room', 'Daily Standup');
  store.getState().setField('displayName', 'Ann');
  const disposed: string[] = [];
  const meeting = () => {
    const phase = store.getState().phase;
    if (phase.status !== 'in-meeting') throw new Error(`not in a meeting: ${phase.status}`);
    return phase.meeting;
  };
  /** The meeting component mounted and the SDK handed over its API. */
  const mount = () => {
    const api = fakeApi(`api-${meeting().id}`, disposed);
    store.getState().apiReady(api);
    return api;
  };
  return {
    store,
    calls,
    disposed,
    meeting,
    mount,
    advance: (ms: number) => {
      nowMs += ms;
    },
  };
}

function ready(token: string): Result<ReadyJoin, JoinError> {
  return {
    ok: true,
    value: {
      request: { room: 'Daily Standup', displayName: 'Ann', domain: 'meet.example.com' },
      token,
      decoded: {
        raw: token,
        header: {},
        payload: { exp: EXP },
        signature: 's',
        signingInput: 'h.p',
      },
      activate: () => undefined,
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const EXPIRED = { error: { name: 'connection.token_expired', type: 'CONNECTION', isFatal: true } };

describe('the meeting watch in the store', () => {
  it('follows the frame: joining, lobby, then in the meeting with the role granted', async () => {
    const t = setup((n) => ready(`token-${n}`));
    await t.store.getState().join();
    expect(t.store.getState().meetingState.phase).toEqual({ status: 'joining' });
    const api = t.mount();
    api.emit('errorOccurred', {
      error: { name: 'conference.connectionError.membersOnly', type: 'CONFERENCE', isFatal: false },
    });
    expect(t.store.getState().meetingState.phase).toEqual({ status: 'waiting', reason: 'lobby' });
    api.emit('videoConferenceJoined', { roomName: 'daily standup', id: 'me' });
    api.emit('participantRoleChanged', { id: 'me', role: 'participant' });
    expect(t.store.getState().meetingState.phase).toEqual({ status: 'in-meeting' });
    expect(t.store.getState().meetingState.role).toBe('participant');
  });

  it('rejoins the same room with a fresh token when the token expired, disposing the old frame', async () => {
    const t = setup((n) => ready(`token-${n}`));
    await t.store.getState().join();
    const first = t.meeting();
    const api = t.mount();
    api.emit('videoConferenceJoined', { id: 'me' });
    api.emit('errorOccurred', EXPIRED);
    expect(t.store.getState().rejoinState).toEqual({ status: 'rejoining' });
    await settle();
    expect(t.calls).toHaveLength(2);
    expect(t.calls[1]?.[1]).toEqual({
      room: 'Daily Standup',
      displayName: 'Ann',
      email: '',
      domain: 'meet.example.com',
    });
    expect(t.disposed).toEqual(['api-1']);
    expect(t.meeting()).toMatchObject({ id: first.id + 1, token: 'token-2' });
    expect(t.store.getState().rejoinState).toEqual({ status: 'rejoined', count: 1 });
    expect(t.store.getState().meetingState.phase).toEqual({ status: 'joining' });
    api.emit('videoConferenceJoined', { id: 'stale' });
    expect(t.store.getState().meetingState.phase).toEqual({ status: 'joining' });
  });

  it('rejoins at most 3 times in 10 minutes, then waits for the user', async () => {
    const t = setup((n) => ready(`token-${n}`));
    await t.store.getState().join();
    for (let i = 0; i < 3; i += 1) {
      t.mount().emit('errorOccurred', EXPIRED);
      await settle();
      t.advance(MINUTE);
    }
    expect(t.calls).toHaveLength(4);
    t.mount().emit('errorOccurred', EXPIRED);
    await settle();
    expect(t.calls).toHaveLength(4);
    expect(t.store.getState().rejoinState).toEqual({ status: 'limit' });
    expect(t.store.getState().meetingState.phase.status).toBe('token-expired');
    t.store.getState().rejoin();
    await settle();
    expect(t.calls).toHaveLength(5);
    expect(t.store.getState().rejoinState).toEqual({ status: 'rejoined', count: 4 });
  });

  it('rejoins by itself again once the oldest rejoin is 10 minutes old', async () => {
    const t = setup((n) => ready(`token-${n}`));
    await t.store.getState().join();
    for (let i = 0; i < 3; i += 1) {
      t.mount().emit('errorOccurred', EXPIRED);
      await settle();
    }
    t.advance(10 * MINUTE);
    t.mount().emit('errorOccurred', EXPIRED);
    await settle();
    expect(t.calls).toHaveLength(5);
  });

  it('says why a fresh token could not be had, and keeps the meeting for Rejoin', async () => {
    const t = setup((n) =>
      n === 1
        ? ready('token-1')
        : {
            ok: false,
            error: { kind: 'endpoint-network', message: 'The token service is unreachable.' },
          },
    );
    await t.store.getState().join();
    t.mount().emit('errorOccurred', EXPIRED);
    await settle();
    expect(t.store.getState().rejoinState).toEqual({
      status: 'failed',
      error: { kind: 'endpoint-network', message: 'The token service is unreachable.' },
    });
    expect(t.meeting().token).toBe('token-1');
    expect(t.disposed).toEqual([]);
  });

  it('never re-creates a working meeting because exp passed', async () => {
    const t = setup((n) => ready(`token-${n}`));
    await t.store.getState().join();
    const api = t.mount();
    api.emit('videoConferenceJoined', { id: 'me' });
    t.advance(60 * MINUTE);
    api.emit('participantRoleChanged', { id: 'me', role: 'moderator' });
    api.emit('errorOccurred', {
      error: { name: 'conference.iceFailed', type: 'CONFERENCE', isFatal: true },
    });
    await settle();
    expect(t.calls).toHaveLength(1);
    expect(t.store.getState().meetingState.phase).toEqual({ status: 'in-meeting' });
  });

  it('stops a rejoin when the user leaves, and a new join starts the story and the bound over', async () => {
    let release: (() => void) | undefined;
    const t = setup((n) =>
      n === 2
        ? new Promise<never>((_, reject) => {
            release = () => reject(new Error('late'));
          })
        : ready(`token-${n}`),
    );
    await t.store.getState().join();
    t.mount().emit('errorOccurred', EXPIRED);
    t.store.getState().leave();
    release?.();
    await settle();
    expect(t.store.getState().phase).toEqual({ status: 'left', room: 'Daily Standup' });
    await t.store.getState().join();
    expect(t.store.getState().meetingState.phase).toEqual({ status: 'joining' });
    expect(t.store.getState().rejoinState).toEqual({ status: 'idle' });
  });
});
