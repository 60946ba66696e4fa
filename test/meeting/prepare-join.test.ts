import { describe, expect, it } from 'vitest';
import type { DecodedToken, Result } from '../../src/core/types.ts';
import type { ExternalApiConstructor } from '../../src/meeting/external-api.ts';
import { type PrepareJoinDeps, prepareJoin } from '../../src/meeting/prepare-join.ts';
import type { ScriptError } from '../../src/meeting/script-error.ts';
import type { TokenProblem } from '../../src/meeting/token-problem.ts';
import type { TokenError, TokenRequest } from '../../src/token-source/token-source.ts';

const REQUEST: TokenRequest = { room: 'r', displayName: 'Ann', domain: 'meet.example.com' };
class FakeApi {
  dispose() {}
}
const API: ExternalApiConstructor = FakeApi;
const decoded = (raw: string): DecodedToken => ({
  raw,
  header: {},
  payload: {},
  signature: 's',
  signingInput: 'h.p',
});

/** A promise settled from outside, to control the order of events. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

function harness(checks: Array<Result<DecodedToken, TokenProblem>>) {
  const log: string[] = [];
  const tokens: Array<ReturnType<typeof deferred<Result<string, TokenError>>>> = [];
  const script = deferred<Result<ExternalApiConstructor, ScriptError>>();
  const signals: AbortSignal[] = [];
  const deps: PrepareJoinDeps = {
    tokenSource: (_request, signal) => {
      log.push('token');
      signals.push(signal);
      const next = deferred<Result<string, TokenError>>();
      tokens.push(next);
      return next.promise;
    },
    loadApi: (_domain, _tenant, signal) => {
      log.push('script');
      signals.push(signal);
      return script.promise;
    },
    checkToken: async (token) => {
      log.push(`check ${token}`);
      return checks.shift() ?? { ok: true, value: decoded(token) };
    },
  };
  return { deps, log, tokens, script, signals };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('prepareJoin', () => {
  it('asks for the token and the script at the same time', async () => {
    const h = harness([]);
    const pending = prepareJoin(REQUEST, h.deps, new AbortController().signal);
    expect(h.log).toEqual(['token', 'script']);
    h.script.resolve({ ok: true, value: API });
    h.tokens[0]?.resolve({ ok: true, value: 'jwt-1' });
    expect(await pending).toEqual({
      ok: true,
      value: { token: 'jwt-1', decoded: decoded('jwt-1'), api: API },
    });
  });

  it('fetches an expired token once more, and uses the fresh one', async () => {
    const expired: TokenProblem = {
      kind: 'token-expired',
      message: 'm',
      fix: 'f',
      decoded: decoded('jwt-1'),
    };
    const h = harness([{ ok: false, error: expired }]);
    const pending = prepareJoin(REQUEST, h.deps, new AbortController().signal);
    h.script.resolve({ ok: true, value: API });
    h.tokens[0]?.resolve({ ok: true, value: 'jwt-1' });
    await tick();
    h.tokens[1]?.resolve({ ok: true, value: 'jwt-2' });
    expect(await pending).toMatchObject({ ok: true, value: { token: 'jwt-2' } });
    expect(h.log).toEqual(['token', 'script', 'check jwt-1', 'token', 'check jwt-2']);
  });

  it('explains a token that is still expiring after the second fetch, and does not use it', async () => {
    const expiring: TokenProblem = {
      kind: 'token-expiring',
      message: 'soon',
      fix: 'f',
      secondsLeft: 5,
      decoded: decoded('x'),
    };
    const h = harness([
      { ok: false, error: expiring },
      { ok: false, error: expiring },
    ]);
    const pending = prepareJoin(REQUEST, h.deps, new AbortController().signal);
    h.script.resolve({ ok: true, value: API });
    h.tokens[0]?.resolve({ ok: true, value: 'jwt-1' });
    await tick();
    h.tokens[1]?.resolve({ ok: true, value: 'jwt-2' });
    expect(await pending).toEqual({ ok: false, error: expiring });
    expect(h.tokens).toHaveLength(2);
  });

  it('does not fetch again for a problem a new token cannot cure', async () => {
    const wrongRoom: TokenProblem = {
      kind: 'token-rejected',
      message: 'room',
      fix: 'f',
      failed: [],
      decoded: decoded('x'),
    };
    const h = harness([{ ok: false, error: wrongRoom }]);
    const pending = prepareJoin(REQUEST, h.deps, new AbortController().signal);
    h.tokens[0]?.resolve({ ok: true, value: 'jwt-1' });
    expect(await pending).toEqual({ ok: false, error: wrongRoom });
    expect(h.tokens).toHaveLength(1);
  });

  it('ends with an "unexpected" error, not a hang, when a token source or checker throws', async () => {
    const h = harness([]);
    const throwing: PrepareJoinDeps = {
      ...h.deps,
      tokenSource: async () => {
        throw new Error('secret-token-in-text');
      },
    };
    const pending = prepareJoin(REQUEST, throwing, new AbortController().signal);
    expect(await pending).toEqual({
      ok: false,
      error: {
        kind: 'unexpected',
        step: 'token',
        message: 'The launcher failed while getting the token.',
        fix: "Try again; if it keeps failing, reload the page and tell the site's administrator.",
      },
    });
    expect(h.signals[0]?.aborted).toBe(true);
    const checker: PrepareJoinDeps = {
      ...h.deps,
      checkToken: () => Promise.reject(new TypeError('boom')),
    };
    const second = prepareJoin(REQUEST, checker, new AbortController().signal);
    h.tokens[0]?.resolve({ ok: true, value: 'jwt-1' });
    expect(await second).toMatchObject({ ok: false, error: { kind: 'unexpected', step: 'token' } });
  });

  it('ends with an "unexpected" error when loadApi throws, synchronously or not', async () => {
    for (const loadApi of [
      (): never => {
        throw new Error('sync');
      },
      () => Promise.reject(new Error('async')),
    ]) {
      const h = harness([]);
      const pending = prepareJoin(REQUEST, { ...h.deps, loadApi }, new AbortController().signal);
      expect(await pending).toEqual({
        ok: false,
        error: {
          kind: 'unexpected',
          step: 'script',
          message: "The launcher failed while loading the meeting server's script.",
          fix: "Try again; if it keeps failing, reload the page and tell the site's administrator.",
        },
      });
      expect(h.signals[0]?.aborted).toBe(true);
    }
  });

  it('reports a token failure at once, without waiting for the script, and cancels it', async () => {
    const h = harness([]);
    const pending = prepareJoin(REQUEST, h.deps, new AbortController().signal);
    const error: TokenError = { kind: 'endpoint-unauthorized', status: 401, message: 'sign in' };
    h.tokens[0]?.resolve({ ok: false, error });
    expect(await pending).toEqual({ ok: false, error });
    expect(h.signals[1]?.aborted).toBe(true);
  });

  it('reports a script failure at once and cancels the token request', async () => {
    const h = harness([]);
    const pending = prepareJoin(REQUEST, h.deps, new AbortController().signal);
    const error: ScriptError = {
      kind: 'script-failed',
      url: 'https://meet.example.com/external_api.js',
      message: 'down',
    };
    h.script.resolve({ ok: false, error });
    expect(await pending).toEqual({ ok: false, error });
    expect(h.signals[0]?.aborted).toBe(true);
  });

  it('passes a cancellation on to both halves', async () => {
    const h = harness([]);
    const controller = new AbortController();
    void prepareJoin(REQUEST, h.deps, controller.signal);
    controller.abort();
    expect(h.signals.map((signal) => signal.aborted)).toEqual([true, true]);
  });
});
