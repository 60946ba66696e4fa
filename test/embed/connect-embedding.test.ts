import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/types.ts';
import { connectEmbedding, type EmbeddedWindow } from '../../src/embed/connect-embedding.ts';
import { readCommand } from '../../src/embed/embed-commands.ts';
import type { JoinError } from '../../src/meeting/join-error.ts';
import type { ReadyJoin, RunJoin } from '../../src/meeting/join-flow.ts';
import { meetingReader } from '../../src/meeting/meeting-reader.ts';
import { createLauncherStore } from '../../src/store/launcher-store.ts';
import { CONFIG } from '../screens/render-app.tsx';
import { fakeApi } from '../support/fake-meeting-api.ts';

const INTRANET = 'https://intranet.example.com';
const TOKEN = 'header.payload-with-secret-claims.signature';

function ready(room: string): Result<ReadyJoin, JoinError> {
  return {
    ok: true,
    value: {
      request: { room, displayName: 'Ann', domain: 'meet.example.com', email: 'ann@example.com' },
      token: TOKEN,
      decoded: {
        raw: TOKEN,
        header: { alg: 'RS256' },
        payload: { sub: 'meet.example.com', context: { user: { email: 'ann@example.com' } } },
        signature: 'signature',
        signingInput: 'header.payload-with-secret-claims',
      },
      activate: () => undefined,
    },
  };
}

/** A frame whose parent records what it is sent, and whose message events the test dispatches. */
function frame() {
  const posted: Array<{ message: unknown; origin: string }> = [];
  const listeners: Array<(event: MessageEvent) => void> = [];
  const parent = {
    postMessage: (message: unknown, origin: string) => posted.push({ message, origin }),
  };
  const win: EmbeddedWindow = {
    parent,
    addEventListener: (_type, listener) => listeners.push(listener),
    removeEventListener: (_type, listener) => listeners.splice(listeners.indexOf(listener), 1),
  };
  return { win, parent, posted, listeners };
}

/** MessageEvent refuses a plain object as its source: the listener sees this one instead. */
function dispatch(
  listeners: Array<(event: MessageEvent) => void>,
  data: unknown,
  origin: string,
  source: unknown,
) {
  for (const listener of [...listeners]) {
    const event = new MessageEvent('message', { data, origin });
    Object.defineProperty(event, 'source', { value: source });
    listener(event);
  }
}

function setup(answer: (room: string) => Result<ReadyJoin, JoinError> = ready) {
  const runJoin: RunJoin = async (_config, form) => answer(form.room);
  const store = createLauncherStore({
    names: { load: () => '', save: () => undefined },
    runJoin,
    meeting: meetingReader,
  });
  store.getState().configLoaded({ ok: true, value: CONFIG });
  store.getState().setField('room', 'Daily Standup');
  store.getState().setField('displayName', 'Ann');
  return store;
}

const events = (posted: Array<{ message: unknown }>) =>
  posted.map(({ message }) =>
    typeof message === 'object' && message !== null && 'event' in message ? message.event : '?',
  );

describe('connectEmbedding', () => {
  it('posts ready, joining, joined and left to each allowed origin, with room and domain only', async () => {
    const store = setup();
    const { win, posted } = frame();
    connectEmbedding(store, [INTRANET, 'http://localhost:8080'], win);
    await store.getState().join();
    const api = fakeApi();
    store.getState().apiReady(api);
    api.emit('videoConferenceJoined', { id: 'me' });
    store.getState().leave();
    expect(
      posted.filter(({ origin }) => origin === INTRANET).map(({ message }) => message),
    ).toEqual([
      { type: 'jitsi-launcher', event: 'ready', room: 'Daily Standup', domain: 'meet.example.com' },
      {
        type: 'jitsi-launcher',
        event: 'joining',
        room: 'Daily Standup',
        domain: 'meet.example.com',
      },
      {
        type: 'jitsi-launcher',
        event: 'joined',
        room: 'Daily Standup',
        domain: 'meet.example.com',
      },
      { type: 'jitsi-launcher', event: 'left', room: 'Daily Standup', domain: 'meet.example.com' },
    ]);
    expect(posted.filter(({ origin }) => origin === 'http://localhost:8080')).toHaveLength(4);
    const everything = JSON.stringify(posted);
    for (const secret of [TOKEN, 'ann@example.com', 'RS256', 'signature']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('posts error with the kind of a failed join, and of a meeting that refused the user', async () => {
    const store = setup((room) =>
      room === 'Closed'
        ? { ok: false, error: { kind: 'room-invalid', message: 'That room is closed.' } }
        : ready(room),
    );
    const { win, posted } = frame();
    connectEmbedding(store, [INTRANET], win);
    store.getState().setField('room', 'Closed');
    await store.getState().join();
    expect(posted.at(-1)?.message).toEqual({
      type: 'jitsi-launcher',
      event: 'error',
      room: 'Closed',
      domain: 'meet.example.com',
      kind: 'room-invalid',
    });
    store.getState().setField('room', 'Lobby');
    await store.getState().join();
    const api = fakeApi();
    store.getState().apiReady(api);
    api.emit('errorOccurred', {
      error: { name: 'conference.connectionError.accessDenied', type: 'CONFERENCE', isFatal: true },
    });
    expect(events(posted)).toEqual(['ready', 'joining', 'error', 'joining', 'error']);
    expect(posted.at(-1)?.message).toMatchObject({ room: 'Lobby', kind: 'meeting-refused' });
  });

  it('posts waiting with what for, role with the role granted, and rejoined after a fresh token', async () => {
    const store = setup();
    const { win, posted } = frame();
    connectEmbedding(store, [INTRANET], win);
    await store.getState().join();
    const api = fakeApi();
    store.getState().apiReady(api);
    api.emit('errorOccurred', {
      error: { name: 'conference.connectionError.membersOnly', type: 'CONFERENCE', isFatal: false },
    });
    api.emit('videoConferenceJoined', { id: 'me' });
    api.emit('participantRoleChanged', { id: 'someone', role: 'moderator' });
    api.emit('participantRoleChanged', { id: 'me', role: 'participant' });
    api.emit('errorOccurred', { error: { name: 'connection.token_expired', isFatal: false } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const fresh = fakeApi();
    store.getState().apiReady(fresh);
    fresh.emit('videoConferenceJoined', { id: 'me-again' });
    const place = { type: 'jitsi-launcher', room: 'Daily Standup', domain: 'meet.example.com' };
    expect(posted.map(({ message }) => message)).toEqual([
      { ...place, event: 'ready' },
      { ...place, event: 'joining' },
      { ...place, event: 'waiting', kind: 'lobby' },
      { ...place, event: 'joined' },
      { ...place, event: 'role', role: 'participant' },
      { ...place, event: 'rejoined', count: 1 },
      { ...place, event: 'joined' },
    ]);
    expect(JSON.stringify(posted)).not.toContain(TOKEN);
  });

  it('follows join and leave from the parent at an allowed origin, and nothing from elsewhere', async () => {
    const store = setup();
    const { win, parent, posted, listeners } = frame();
    const disconnect = connectEmbedding(store, [INTRANET], win);
    const join = { type: 'jitsi-launcher', command: 'join', room: 'Board', displayName: 'Bo' };
    dispatch(listeners, join, 'https://evil.example.com', parent);
    dispatch(listeners, join, INTRANET, { postMessage: () => undefined });
    dispatch(listeners, { ...join, type: 'other' }, INTRANET, parent);
    expect(store.getState().phase.status).toBe('idle');
    expect(store.getState().form.room).toBe('Daily Standup');

    dispatch(listeners, join, INTRANET, parent);
    expect(store.getState().form).toMatchObject({ room: 'Board', displayName: 'Bo' });
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().phase.status).toBe('in-meeting');
    dispatch(listeners, { type: 'jitsi-launcher', command: 'leave' }, INTRANET, parent);
    expect(store.getState().phase).toEqual({ status: 'left', room: 'Board' });
    expect(events(posted)).toEqual(['ready', 'joining', 'left']);

    disconnect();
    expect(listeners).toHaveLength(0);
    store.getState().joinAnother();
    expect(events(posted)).toEqual(['ready', 'joining', 'left']);
  });

  it('does nothing when not framed or when no origin is allowed', () => {
    const store = setup();
    const alone = frame();
    const self = { ...alone.win };
    self.parent = self as unknown as EmbeddedWindow['parent'];
    connectEmbedding(store, [INTRANET], self);
    connectEmbedding(store, [], alone.win);
    expect(alone.posted).toEqual([]);
    expect(alone.listeners).toEqual([]);
  });
});

describe('readCommand', () => {
  it('reads join (with or without a name) and leave', () => {
    expect(readCommand({ type: 'jitsi-launcher', command: 'join', room: 'Board' })).toEqual({
      command: 'join',
      room: 'Board',
    });
    expect(
      readCommand({ type: 'jitsi-launcher', command: 'join', room: 'Board', displayName: 'Bo' }),
    ).toEqual({ command: 'join', room: 'Board', displayName: 'Bo' });
    expect(readCommand({ type: 'jitsi-launcher', command: 'leave' })).toEqual({ command: 'leave' });
  });

  it('refuses anything else', () => {
    for (const data of [
      null,
      'join',
      [],
      { command: 'join', room: 'Board' },
      { type: 'jitsi-launcher', command: 'join' },
      { type: 'jitsi-launcher', command: 'join', room: '  ' },
      { type: 'jitsi-launcher', command: 'join', room: 7 },
      { type: 'jitsi-launcher', command: 'join', room: 'x'.repeat(257) },
      { type: 'jitsi-launcher', command: 'join', room: 'Board', displayName: 3 },
      { type: 'jitsi-launcher', command: 'sign', room: 'Board' },
    ]) {
      expect(readCommand(data), JSON.stringify(data)).toBeUndefined();
    }
  });
});
