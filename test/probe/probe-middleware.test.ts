import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LAB_PROBE_PATH,
  type ProbeMiddlewareOptions,
  probeMiddleware,
} from '../../src/dev/probe-middleware.ts';
import { close, listen, unusedPort } from '../e2e/fixtures/listen.ts';

const servers: ReturnType<typeof createServer>[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await close(server);
});

async function devServer(options: ProbeMiddlewareOptions = {}): Promise<string> {
  const middleware = probeMiddleware(options);
  const server = createServer((req: IncomingMessage, res: ServerResponse) =>
    middleware(req, res, () => {
      res.writeHead(404);
      res.end();
    }),
  );
  servers.push(server);
  return `http://127.0.0.1:${await listen(server)}`;
}

function ask(base: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}${LAB_PROBE_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, ...headers },
    body,
  });
}

describe('the dev server probe endpoint', () => {
  it('runs the probe for the lab page and answers the report with its exit code', async () => {
    const base = await devServer();
    const port = await unusedPort();
    const response = await ask(
      base,
      JSON.stringify({ url: `http://127.0.0.1:${port}/daily`, token: 'a.b.c', join: true }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await response.json()).toEqual({
      server: null,
      error: {
        kind: 'unreachable',
        step: 'config',
        url: `http://127.0.0.1:${port}/config.js`,
        message: `Cannot reach http://127.0.0.1:${port}/config.js: nothing listens there (connection refused) (ECONNREFUSED).`,
        fix: 'Check the meeting URL (or --websocket) and that the server is running and reachable from this machine.',
      },
      timings: { config: expect.any(Number) },
      exitCode: 3,
    });
  });

  it('answers only the lab page of this dev server, on this machine', async () => {
    const base = await devServer();
    const body = JSON.stringify({ url: 'https://meet.example.com/x', token: 'a.b.c' });
    const other = await ask(base, body, { origin: 'https://evil.example' });
    expect(other.status).toBe(403);
    expect(await other.json()).toEqual({
      error: 'Only the lab page served by this dev server may run the probe.',
    });
    const remote = await ask(await devServer({ isLocal: () => false }), body);
    expect(remote.status).toBe(403);
    expect(await remote.json()).toEqual({
      error: 'The server probe answers this machine only (localhost).',
    });
    const get = await fetch(`${base}${LAB_PROBE_PATH}`);
    expect(get.status).toBe(405);
  });

  it('refuses bodies over the cap, and requests it cannot read', async () => {
    const base = await devServer({ limits: { maxBodyBytes: 100, bodyTimeoutMs: 1000 } });
    const large = await ask(base, JSON.stringify({ url: 'x', token: 'a'.repeat(200) }));
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({ error: 'The body is over 100 bytes.' });
    const plain = await ask(base, 'x', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    const url = await ask(base, JSON.stringify({ url: 'https://meet.example.com/', token: '' }));
    expect(url.status).toBe(400);
    expect(await url.json()).toEqual({
      error:
        'The URL names no room: add it after the domain, e.g. https://meet.example.com/DailyStandup.',
    });
  });

  it('runs no more probes at once than its limit', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const base = await devServer({
      maxInFlight: 1,
      run: async () => {
        await held;
        return {
          ok: false,
          failure: { kind: 'timeout', step: 'connect', url: 'u', message: 'm', fix: 'f' },
          server: null,
          timings: {},
        };
      },
    });
    const body = JSON.stringify({ url: 'https://meet.example.com/x', token: 'a.b.c' });
    const first = ask(base, body);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await ask(base, body);
    expect(second.status).toBe(429);
    expect(await second.json()).toEqual({
      error: 'Probes are already running; try again when they end.',
    });
    release();
    expect((await first).status).toBe(200);
  });
});
