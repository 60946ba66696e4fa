import { describe, expect, it, vi } from 'vitest';
import type { LauncherConfig } from '../../src/config/launcher-config.ts';
import type { Result } from '../../src/core/types.ts';
import type { NameMemory } from '../../src/lib/remembered-name.ts';
import type { JoinError } from '../../src/meeting/join-error.ts';
import type { ReadyJoin, RunJoin } from '../../src/meeting/join-flow.ts';
import { meetingReader } from '../../src/meeting/meeting-reader.ts';
import {
  createLauncherStore,
  type LauncherDeps,
  type LauncherStore,
} from '../../src/store/launcher-store.ts';

const CONFIG: LauncherConfig = {
  mode: 'endpoint',
  domains: ['meet.example.com', 'backup.example.com'],
  tenant: 'sales',
  debugPanel: false,
  scriptTimeoutMs: 15_000,
  configOverwrite: {},
  interfaceConfigOverwrite: {},
  endpoint: { url: '/t', method: 'POST', credentials: 'include', timeoutMs: 1000, retries: 0 },
};
const DECODED = { raw: 'a.b.c', header: {}, payload: {}, signature: 'c', signingInput: 'a.b' };

function memory(initial = ''): NameMemory & { saved: string[] } {
  const saved: string[] = [];
  return { saved, load: () => initial, save: (name) => saved.push(name) };
}

/** A runJoin that records its calls and answers when the test says. */
function controlledJoin() {
  const calls: Array<Parameters<RunJoin>> = [];
  const answers: Array<(result: Result<ReadyJoin, JoinError>) => void> = [];
  const activated: string[] = [];
  const runJoin: RunJoin = (...args) => {
    calls.push(args);
    return new Promise((resolve) => answers.push(resolve));
  };
  const ready = (token: string): Result<ReadyJoin, JoinError> => ({
    ok: true,
    value: {
      request: {
        room: 'Daily Standup',
        displayName: 'Ann',
        domain: 'meet.example.com',
        tenant: 'sales',
      },
      token,
      decoded: DECODED,
      activate: () => activated.push(token),
    },
  });
  return { calls, answers, activated, runJoin, ready };
}

/** Gives the store its config and waits for the framing and link check (fetched when needed). */
async function loaded(store: LauncherStore, config: LauncherConfig): Promise<void> {
  store.getState().configLoaded({ ok: true, value: config });
  await vi.waitFor(() => expect(store.getState().framing).toBeDefined());
}

/** Opened by a link on the launcher's own site (a portal page beside it). */
const FROM_PORTAL = {
  framed: false,
  ancestorOrigins: undefined,
  referrer: 'https://launcher.example/portal',
  origin: 'https://launcher.example',
};

function makeStore(overrides: Partial<LauncherDeps> = {}) {
  const join = controlledJoin();
  const names = memory('Remembered');
  const store = createLauncherStore({
    names,
    runJoin: join.runJoin,
    meeting: meetingReader,
    ...overrides,
  });
  return { store, join, names };
}

describe('launcher store', () => {
  it('fills the form from the link, else from the remembered name, and picks the first domain', () => {
    const { store } = makeStore({ deepLink: { room: 'Daily Standup', email: 'a@b.c' } });
    store.getState().configLoaded({ ok: true, value: CONFIG });
    expect(store.getState().form).toEqual({
      room: 'Daily Standup',
      displayName: 'Remembered',
      email: 'a@b.c',
      domain: 'meet.example.com',
    });
    expect(store.getState().refusedDomain).toBeUndefined();
  });

  it('keeps a linked domain on the allow-list and refuses one outside it', () => {
    const allowed = makeStore({ deepLink: { domain: 'backup.example.com' } }).store;
    allowed.getState().configLoaded({ ok: true, value: CONFIG });
    expect(allowed.getState().form.domain).toBe('backup.example.com');
    const refused = makeStore({ deepLink: { domain: 'evil.example' } }).store;
    refused.getState().configLoaded({ ok: true, value: CONFIG });
    expect(refused.getState().form.domain).toBe('');
    expect(refused.getState().refusedDomain).toBe('evil.example');
  });

  it('shows a config error', () => {
    const { store } = makeStore();
    store
      .getState()
      .configLoaded({ ok: false, error: { kind: 'config-not-json', url: './config.json' } });
    expect(store.getState().config).toEqual({
      status: 'error',
      error: { kind: 'config-not-json', url: './config.json' },
    });
  });

  it('reads the config again after a config error, loading in between', async () => {
    const answers = [
      { ok: false, error: { kind: 'config-timeout', url: './config.json', timeoutMs: 10_000 } },
      { ok: true, value: CONFIG },
    ] as const;
    let reads = 0;
    const { store } = makeStore({ loadConfig: async () => answers[reads++] ?? answers[1] });
    await store.getState().reloadConfig();
    expect(store.getState().config).toEqual({
      status: 'error',
      error: { kind: 'config-timeout', url: './config.json', timeoutMs: 10_000 },
    });
    const again = store.getState().reloadConfig();
    expect(store.getState().config).toEqual({ status: 'loading' });
    await again;
    expect(store.getState().config).toEqual({ status: 'ready', config: CONFIG });
    expect(reads).toBe(2);
  });

  it('joins once however often Join is pressed, then embeds with the token', async () => {
    const { store, join, names } = makeStore({
      deepLink: { room: 'Daily Standup', name: ' Ann ' },
    });
    store.getState().configLoaded({ ok: true, value: CONFIG });
    const first = store.getState().join();
    const second = store.getState().join();
    expect(join.calls).toHaveLength(1);
    expect(store.getState().phase).toEqual({ status: 'joining' });
    expect(names.saved).toEqual(['Ann']);
    join.answers[0]?.(join.ready('jwt-1'));
    await Promise.all([first, second]);
    expect(join.activated).toEqual(['jwt-1']);
    expect(store.getState().phase).toEqual({
      status: 'in-meeting',
      meeting: {
        id: 1,
        domain: 'meet.example.com',
        tenant: 'sales',
        room: 'Daily Standup',
        displayName: 'Ann',
        token: 'jwt-1',
        decoded: DECODED,
      },
    });
    await store.getState().join();
    expect(join.calls).toHaveLength(1);
  });

  it('passes the set token source to the join', async () => {
    const { store, join } = makeStore();
    store.getState().configLoaded({ ok: true, value: CONFIG });
    const source = async () => ({ ok: true as const, value: 'lab-token' });
    store.getState().setTokenSource(source);
    void store.getState().join();
    expect(join.calls[0]?.[2]).toBe(source);
  });

  it('shows a failure, and joins again on retry', async () => {
    const { store, join } = makeStore();
    store.getState().configLoaded({ ok: true, value: CONFIG });
    const pending = store.getState().join();
    const error: JoinError = { kind: 'endpoint-timeout', timeoutMs: 1000, message: 'slow' };
    join.answers[0]?.({ ok: false, error });
    await pending;
    expect(store.getState().phase).toEqual({ status: 'failed', error });
    void store.getState().join();
    expect(join.calls).toHaveLength(2);
  });

  it('a join that throws or rejects ends as a failure with a retry, never "joining" for ever', async () => {
    const failure = {
      status: 'failed',
      error: {
        kind: 'unexpected',
        step: 'join',
        message: 'The launcher failed while starting the meeting.',
        fix: "Try again; if it keeps failing, reload the page and tell the site's administrator.",
      },
    };
    const runs: RunJoin[] = [
      () => {
        throw new Error('sync');
      },
      () => Promise.reject(new Error('async')),
    ];
    for (const runJoin of runs) {
      const { store } = makeStore({ runJoin });
      store.getState().configLoaded({ ok: true, value: CONFIG });
      await store.getState().join();
      expect(store.getState().phase).toEqual(failure);
    }
    const { store, join } = makeStore();
    store.getState().configLoaded({ ok: true, value: CONFIG });
    const pending = store.getState().join();
    const ready = join.ready('jwt-1');
    if (!ready.ok) throw new Error('expected a ready join');
    join.answers[0]?.({
      ok: true,
      value: {
        ...ready.value,
        activate: () => {
          throw new Error('activate');
        },
      },
    });
    await pending;
    expect(store.getState().phase).toEqual(failure);
  });

  it('cancel returns to the form and ignores the late answer', async () => {
    const { store, join } = makeStore();
    store.getState().configLoaded({ ok: true, value: CONFIG });
    const pending = store.getState().join();
    store.getState().cancel();
    expect(join.calls[0]?.[3].aborted).toBe(true);
    expect(store.getState().phase).toEqual({ status: 'idle' });
    join.answers[0]?.(join.ready('late'));
    await pending;
    expect(store.getState().phase).toEqual({ status: 'idle' });
    expect(join.activated).toEqual([]);
  });

  it('leaving disposes the API and forgets the token; rejoining fetches a fresh one', async () => {
    const { store, join } = makeStore();
    store.getState().configLoaded({ ok: true, value: CONFIG });
    const first = store.getState().join();
    join.answers[0]?.(join.ready('jwt-1'));
    await first;
    const disposed: string[] = [];
    store.getState().apiReady({ dispose: () => disposed.push('api-1') });
    store.getState().leave();
    expect(disposed).toEqual(['api-1']);
    expect(store.getState().phase).toEqual({ status: 'left', room: 'Daily Standup' });
    expect(JSON.stringify(store.getState())).not.toContain('jwt-1');
    const second = store.getState().join();
    join.answers[1]?.(join.ready('jwt-2'));
    await second;
    expect(join.calls).toHaveLength(2);
    const phase = store.getState().phase;
    expect(phase.status === 'in-meeting' && phase.meeting).toMatchObject({ id: 2, token: 'jwt-2' });
  });

  it('disposes an API that reports ready after the user left', () => {
    const { store } = makeStore();
    const disposed: string[] = [];
    store.getState().apiReady({ dispose: () => disposed.push('stray') });
    expect(disposed).toEqual(['stray']);
  });

  it('survives an API whose dispose throws', async () => {
    const { store, join } = makeStore();
    store.getState().configLoaded({ ok: true, value: CONFIG });
    const pending = store.getState().join();
    join.answers[0]?.(join.ready('jwt-1'));
    await pending;
    store.getState().apiReady({
      dispose: () => {
        throw new Error('iframe already gone');
      },
    });
    store.getState().leave();
    expect(store.getState().phase).toEqual({ status: 'left', room: 'Daily Standup' });
  });

  it('joins at once with ?autojoin=1 or config autoJoin when the room and name are known', async () => {
    const linked = makeStore({
      deepLink: { room: 'Retro', name: 'Ann', autoJoin: true },
      framing: FROM_PORTAL,
    });
    await loaded(linked.store, CONFIG);
    expect(linked.join.calls).toHaveLength(1);
    expect(linked.store.getState().phase).toEqual({ status: 'joining' });

    const configured = makeStore({ deepLink: { room: 'Retro' } });
    configured.store.getState().configLoaded({ ok: true, value: { ...CONFIG, autoJoin: true } });
    expect(configured.join.calls).toHaveLength(1);
  });

  it('obeys ?autojoin=1 only from its own site or a listed parent page', async () => {
    const link = { room: 'attacker-room', name: 'Victim', autoJoin: true };
    for (const referrer of ['', 'https://evil.example/page', 'https://intranet.example/x']) {
      const { store, join } = makeStore({ deepLink: link, framing: { ...FROM_PORTAL, referrer } });
      await loaded(store, CONFIG);
      expect(join.calls).toHaveLength(0);
      expect(store.getState().form.room).toBe('attacker-room');
    }
    const listed = makeStore({
      deepLink: link,
      framing: { ...FROM_PORTAL, referrer: 'https://intranet.example/x' },
    });
    await loaded(listed.store, {
      ...CONFIG,
      embed: { parentOrigins: ['https://intranet.example'] },
    });
    expect(listed.join.calls).toHaveLength(1);
  });

  it('shows the form instead when autoJoin lacks the room or a needed name', async () => {
    const noRoom = makeStore({ deepLink: { name: 'Ann', autoJoin: true }, framing: FROM_PORTAL });
    await loaded(noRoom.store, CONFIG);
    expect(noRoom.join.calls).toHaveLength(0);
    const noName = makeStore({
      names: memory(''),
      deepLink: { room: 'r', autoJoin: true },
      framing: FROM_PORTAL,
    });
    await loaded(noName.store, CONFIG);
    expect(noName.join.calls).toHaveLength(0);
    expect(noName.store.getState().phase).toEqual({ status: 'idle' });
    const fromToken = makeStore({
      names: memory(''),
      deepLink: { room: 'r', autoJoin: true },
      framing: FROM_PORTAL,
    });
    await loaded(fromToken.store, { ...CONFIG, displayName: 'fromToken' });
    expect(fromToken.join.calls).toHaveLength(1);
  });

  it("names the user in the meeting after the token's context.user.name when none was typed", async () => {
    const { store, join } = makeStore();
    store.getState().configLoaded({ ok: true, value: { ...CONFIG, displayName: 'fromToken' } });
    const pending = store.getState().join();
    join.answers[0]?.({
      ok: true,
      value: {
        request: { room: 'r', domain: 'meet.example.com' },
        token: 'jwt-1',
        decoded: { ...DECODED, payload: { context: { user: { name: 'Ann Token' } } } },
        userName: 'Ann Token',
        activate: () => undefined,
      },
    });
    await pending;
    const phase = store.getState().phase;
    expect(phase.status === 'in-meeting' && phase.meeting.displayName).toBe('Ann Token');
  });
});
