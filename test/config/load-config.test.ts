import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';

const URL_ = 'https://launcher.test/config.json';

function answering(status: number, body: string): typeof fetch {
  return async () => new Response(body, { status });
}

describe('loadConfig', () => {
  it('reads a valid config', async () => {
    const result = await loadConfig(
      answering(
        200,
        JSON.stringify({ mode: 'local', domains: ['localhost:8443'], debugPanel: true }),
      ),
      URL_,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        mode: 'local',
        domains: ['localhost:8443'],
        debugPanel: true,
        scriptTimeoutMs: 15_000,
        configOverwrite: {},
        interfaceConfigOverwrite: {},
      },
    });
  });

  it('reads a relative brand logo as a file beside config.json, at any depth of the page', async () => {
    const config = (logoUrl: string) =>
      JSON.stringify({ mode: 'local', domains: ['localhost:8443'], brand: { logoUrl } });
    const beside = await loadConfig(
      answering(200, config('./logo.svg')),
      'https://intranet.test/launcher/config.json',
    );
    expect(beside.ok && beside.value.brand).toEqual({
      logoUrl: 'https://intranet.test/launcher/logo.svg',
    });
    const elsewhere = await loadConfig(
      answering(200, config('https://cdn.test/acme.svg')),
      'https://intranet.test/launcher/config.json',
    );
    expect(elsewhere.ok && elsewhere.value.brand).toEqual({ logoUrl: 'https://cdn.test/acme.svg' });
  });

  it('asks without cache, with same-origin credentials, at the given URL', async () => {
    const seen: Array<[string, RequestInit | undefined]> = [];
    await loadConfig(async (input, init) => {
      seen.push([String(input), init]);
      return new Response('{}');
    }, URL_);
    expect(seen).toEqual([
      [URL_, { cache: 'no-store', credentials: 'same-origin', signal: expect.any(AbortSignal) }],
    ]);
  });

  it('tells a missing file from an unreachable server and from bad JSON', async () => {
    expect(await loadConfig(answering(404, 'not found'), URL_)).toEqual({
      ok: false,
      error: { kind: 'config-missing', url: URL_, status: 404 },
    });
    expect(
      await loadConfig(async () => {
        throw new TypeError('Failed to fetch');
      }, URL_),
    ).toEqual({ ok: false, error: { kind: 'config-unreachable', url: URL_ } });
    expect(await loadConfig(answering(200, '{ "mode": "local", // no\n }'), URL_)).toEqual({
      ok: false,
      error: { kind: 'config-not-json', url: URL_ },
    });
  });

  it('gives every bad field with its words', async () => {
    const result = await loadConfig(
      answering(200, JSON.stringify({ mode: 'endpoint', domains: ['meet.example.com'] })),
      URL_,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'config-invalid',
        url: URL_,
        total: 1,
        problems: [
          {
            field: 'endpoint',
            message: 'mode "endpoint" needs an endpoint to get tokens from.',
            fix: 'Add "endpoint": { "url": "/api/jitsi-token" } (see "Token endpoint contract" in the README).',
          },
        ],
      },
    });
  });

  it('gives up on a config.json that never answers, or never ends', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
      });
    expect(await loadConfig(never, URL_, 50)).toEqual({
      ok: false,
      error: { kind: 'config-timeout', url: URL_, timeoutMs: 50 },
    });
    const endless: typeof fetch = async (_input, init) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"mode": "local", '));
            init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
          },
        }),
      );
    expect(await loadConfig(endless, URL_, 50)).toEqual({
      ok: false,
      error: { kind: 'config-timeout', url: URL_, timeoutMs: 50 },
    });
  });

  it('does not read an answer larger than 8 MiB', async () => {
    const huge = new Response('x', { headers: { 'Content-Length': String(9 * 1024 * 1024) } });
    expect(await loadConfig(async () => huge, URL_)).toEqual({
      ok: false,
      error: { kind: 'config-too-large', url: URL_, limitBytes: 8 * 1024 * 1024 },
    });
  });
});
