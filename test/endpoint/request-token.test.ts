import { describe, expect, it } from 'vitest';
import type { EndpointConfig } from '../../src/config/launcher-config.ts';
import { requestToken } from '../../src/endpoint/request-token.ts';
import type { TokenRequest } from '../../src/token-source/token-source.ts';

const NOW = Date.UTC(2026, 10, 30, 9, 0, 0);
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2lnbmF0dXJl';
const ENDPOINT: EndpointConfig = {
  url: '/api/jitsi-token',
  method: 'POST',
  credentials: 'include',
  timeoutMs: 1000,
  retries: 2,
};
const REQUEST: TokenRequest = {
  room: 'Daily Standup',
  displayName: 'Ann',
  email: 'ann@example.com',
  domain: 'meet.example.com',
};

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch answering from a script, one entry per call, recording each call. */
function scripted(...answers: Array<Response | Error | 'hang'>) {
  const calls: Call[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    calls.push({ url: String(input), init });
    const next = answers.shift() ?? new Error('no more answers');
    if (next === 'hang') {
      return new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    }
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  const sleeps: number[] = [];
  const deps = {
    fetch: fetchImpl,
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
    now: () => NOW,
    baseUrl: 'https://launcher.example/app/',
  };
  return { calls, sleeps, deps };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

async function run(endpoint: EndpointConfig, ...answers: Array<Response | Error | 'hang'>) {
  const script = scripted(...answers);
  const result = await requestToken(endpoint, REQUEST, new AbortController().signal, script.deps);
  return { result, ...script };
}

describe('requestToken: the request', () => {
  it('POSTs the fields as JSON with cookies, to the URL resolved against the launcher', async () => {
    const { calls } = await run(ENDPOINT, json(200, { token: TOKEN }));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://launcher.example/api/jitsi-token');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(calls[0]?.init?.credentials).toBe('include');
    expect(calls[0]?.init?.headers).toEqual({
      Accept: 'application/json, text/plain',
      'Content-Type': 'application/json',
    });
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({
      room: 'Daily Standup',
      displayName: 'Ann',
      email: 'ann@example.com',
      domain: 'meet.example.com',
    });
  });

  it('sends the same fields as query parameters with GET, and leaves out an empty email', async () => {
    const script = scripted(json(200, { token: TOKEN }));
    await requestToken(
      { ...ENDPOINT, method: 'GET', credentials: 'same-origin' },
      { room: 'r', displayName: 'A B', email: '', domain: 'meet.example.com', tenant: 'sales' },
      new AbortController().signal,
      script.deps,
    );
    expect(script.calls[0]?.url).toBe(
      'https://launcher.example/api/jitsi-token?room=r&displayName=A+B&domain=meet.example.com&tenant=sales',
    );
    expect(script.calls[0]?.init?.body).toBeUndefined();
    expect(script.calls[0]?.init?.credentials).toBe('same-origin');
  });
});

describe('requestToken: answers that carry a token', () => {
  it('accepts {"token"}, {"jwt"}, a JSON string and text/plain', async () => {
    expect((await run(ENDPOINT, json(200, { token: TOKEN }))).result).toEqual({
      ok: true,
      value: TOKEN,
    });
    expect((await run(ENDPOINT, json(200, { jwt: ` ${TOKEN}\n` }))).result).toEqual({
      ok: true,
      value: TOKEN,
    });
    expect((await run(ENDPOINT, json(200, TOKEN))).result).toEqual({ ok: true, value: TOKEN });
    const plain = new Response(`${TOKEN}\n`, {
      status: 200,
      headers: { 'Content-Type': 'text/plain' },
    });
    expect((await run(ENDPOINT, plain)).result).toEqual({ ok: true, value: TOKEN });
  });
});

describe('requestToken: faults', () => {
  it('401 with a loginUrl becomes a sign-in action, resolved against the endpoint', async () => {
    const { result } = await run(
      ENDPOINT,
      json(401, { error: 'session expired', loginUrl: '/sso/login?next=%2F' }),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-unauthorized',
        status: 401,
        message:
          'You are not signed in to the site that issues meeting tokens. It said: "session expired".',
        loginUrl: 'https://launcher.example/sso/login?next=%2F',
      },
    });
  });

  it('asks not to follow redirects, and reads one (opaque or 3xx) as "sign in", never retried', async () => {
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    const SIGN_IN = {
      ok: false,
      error: {
        kind: 'endpoint-unauthorized',
        status: 401,
        message:
          'The token endpoint redirected the request to another page, as a site does when you are not signed in. The launcher does not follow it.',
      },
    };
    const first = await run(ENDPOINT, opaque);
    expect(first.calls[0]?.init?.redirect).toBe('manual');
    expect(first.result).toEqual(SIGN_IN);
    const found = Response.redirect('https://login.example/sso?next=%2F', 302);
    const second = await run(ENDPOINT, found);
    expect(second.result).toEqual(SIGN_IN);
    expect(second.calls).toHaveLength(1);
  });

  it("shows controls in the endpoint's words and key names as escapes, cut short", async () => {
    const said = await run(ENDPOINT, json(401, { error: 'No session \u202eLogin: ACCEPTED' }));
    expect(said.result).toMatchObject({
      error: {
        message:
          'You are not signed in to the site that issues meeting tokens. It said: "No session \\u202eLogin: ACCEPTED".',
      },
    });
    const keys = await run(ENDPOINT, json(200, { 'a\nb': 1, ['k'.repeat(100)]: 2 }));
    expect(keys.result).toMatchObject({
      error: { kind: 'endpoint-no-token', keys: ['a\\u000ab', `${'k'.repeat(40)}…`] },
    });
  });

  it('403 without a body; a javascript: loginUrl is dropped', async () => {
    expect((await run(ENDPOINT, new Response('', { status: 403 }))).result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-unauthorized',
        status: 403,
        message: 'You are signed in, but not allowed to join this meeting.',
      },
    });
    const hostile = await run(ENDPOINT, json(401, { loginUrl: 'javascript:alert(1)' }));
    expect(hostile.result.ok === false && 'loginUrl' in hostile.result.error).toBe(false);
  });

  it('404, 500 and 400 are not retried', async () => {
    const notFound = await run(ENDPOINT, new Response('nope', { status: 404 }));
    expect(notFound.result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-not-found',
        status: 404,
        message:
          'The token endpoint POST /api/jitsi-token answered 404: the endpoint URL in config.json is wrong or the service is not deployed.',
      },
    });
    expect(notFound.calls).toHaveLength(1);
    const failed = await run(ENDPOINT, new Response('boom', { status: 500 }));
    expect(failed.result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-server-error',
        status: 500,
        message: 'The token endpoint failed with an internal error (500).',
      },
    });
    expect(failed.calls).toHaveLength(1);
    const refused = await run(ENDPOINT, new Response('bad', { status: 400 }));
    expect(refused.result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-rejected',
        status: 400,
        message: 'The token endpoint refused the request with status 400.',
      },
    });
  });

  it('retries 429 honouring Retry-After, then succeeds', async () => {
    const { result, calls, sleeps } = await run(
      ENDPOINT,
      new Response('', { status: 429, headers: { 'Retry-After': '2' } }),
      json(200, { token: TOKEN }),
    );
    expect(result).toEqual({ ok: true, value: TOKEN });
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([2000]);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const date = new Date(NOW + 3000).toUTCString();
    const { sleeps } = await run(
      ENDPOINT,
      new Response('', { status: 503, headers: { 'Retry-After': date } }),
      json(200, { token: TOKEN }),
    );
    expect(sleeps).toEqual([3000]);
  });

  it('backs off 502/503 and network failures with doubling waits, then gives up', async () => {
    const { result, calls, sleeps } = await run(
      ENDPOINT,
      new Response('', { status: 502 }),
      new Response('', { status: 503 }),
      new Response('', { status: 503 }),
    );
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-unavailable',
        status: 503,
        message: 'The token endpoint is temporarily unavailable (503) (tried 3 times).',
      },
    });
    const network = await run(
      ENDPOINT,
      new TypeError('Failed to fetch'),
      new TypeError('Failed to fetch'),
      new TypeError('Failed to fetch'),
    );
    expect(network.calls).toHaveLength(3);
    expect(network.result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-network',
        message:
          'The token endpoint could not be reached: the network is down, the address is wrong, or its CORS headers do not allow this launcher (tried 3 times).',
      },
    });
  });

  it('does not wait for a Retry-After beyond 10 s: it tells the user instead', async () => {
    const { result, calls, sleeps } = await run(
      ENDPOINT,
      new Response('', { status: 429, headers: { 'Retry-After': '120' } }),
    );
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-rate-limited',
        status: 429,
        retryAfterMs: 120_000,
        message: 'The token endpoint is rate-limiting requests (429). It asks to wait 120 s.',
      },
    });
  });

  it('times out an attempt that never answers', async () => {
    const { result } = await run({ ...ENDPOINT, timeoutMs: 100 }, 'hang');
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-timeout',
        timeoutMs: 100,
        message: 'The token endpoint did not answer within 0.1 s.',
      },
    });
  });

  it('stops when the join is cancelled', async () => {
    const script = scripted('hang');
    const controller = new AbortController();
    const pending = requestToken(ENDPOINT, REQUEST, controller.signal, script.deps);
    controller.abort();
    expect(await pending).toEqual({
      ok: false,
      error: { kind: 'aborted', message: 'The token request was cancelled.' },
    });
  });

  it('explains an HTML page, an empty body, invalid JSON and JSON without a token', async () => {
    const html = new Response('<!doctype html><title>Sign in</title>', {
      status: 200,
      headers: { 'Content-Type': 'text/html' },
    });
    expect((await run(ENDPOINT, html)).result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-html',
        status: 200,
        message:
          "The token endpoint answered 200 with a web page instead of a token: often a sign-in page or a proxy's error page, or a wrong endpoint URL.",
      },
    });
    expect((await run(ENDPOINT, new Response('', { status: 200 }))).result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-empty',
        status: 200,
        message: 'The token endpoint answered 200 with an empty body instead of a token.',
      },
    });
    const broken = new Response('{"token": ', {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
    expect((await run(ENDPOINT, broken)).result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-invalid-json',
        message: 'The token endpoint answered with JSON that does not parse.',
      },
    });
    expect((await run(ENDPOINT, json(200, { access_token: 'x', expires: 1 }))).result).toEqual({
      ok: false,
      error: {
        kind: 'endpoint-no-token',
        keys: ['access_token', 'expires'],
        message:
          'The token endpoint\'s JSON has no "token" or "jwt" string (it has: access_token, expires).',
      },
    });
  });

  it('refuses a body over 256 KiB, on its Content-Length or while streaming it', async () => {
    const tooLarge = {
      ok: false,
      error: {
        kind: 'endpoint-too-large',
        status: 200,
        limitBytes: 262_144,
        message:
          'The token endpoint answered 200 with more than 256 KiB; a token answer is a few kB, so it was not read.',
      },
    };
    let pulledDeclared = 0;
    const declared = new Response(
      new ReadableStream({
        pull(controller) {
          pulledDeclared += 1;
          controller.enqueue(new Uint8Array(1024));
        },
      }),
      { status: 200, headers: { 'Content-Length': '262145' } },
    );
    expect((await run(ENDPOINT, declared)).result).toEqual(tooLarge);
    expect(pulledDeclared).toBeLessThanOrEqual(1);

    let pulled = 0;
    let cancelled = false;
    const endless = new Response(
      new ReadableStream({
        pull(controller) {
          pulled += 1;
          controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        },
        cancel() {
          cancelled = true;
        },
      }),
      { status: 200, headers: { 'Content-Type': 'application/json' } },
    );
    expect((await run(ENDPOINT, endless)).result).toEqual(tooLarge);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThanOrEqual(6);

    const padded = json(200, { token: TOKEN, padding: ' '.repeat(250 * 1024) });
    expect((await run(ENDPOINT, padded)).result).toEqual({ ok: true, value: TOKEN });
  });

  it('never puts the body (or a token in it) into a message', async () => {
    const answers = [
      json(200, { tokn: TOKEN }),
      json(500, { token: TOKEN }),
      json(401, { loginUrl: `/login?t=${TOKEN}` }),
      new Response(`<p>${TOKEN}</p>`, { status: 200 }),
      new Response(`{"x": "${TOKEN}"`, { status: 200 }),
    ];
    for (const answer of answers) {
      const { result } = await run(ENDPOINT, answer);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).not.toContain(TOKEN.split('.')[1]);
    }
  });
});
