import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishPublicKey, unpublishPublicKey } from '../../src/lab/publish-key.ts';

const ORIGIN = 'http://localhost:5173';
const FILE = '53cb1ddb808f0e1adaa099d78803f1dc1ff88fd2530096848d882643876c78c3.pem';

describe('publishing a public key to the dev server', () => {
  it('posts the kid and the PEM and returns the served URL', async () => {
    const sent: { url: string; init: RequestInit | undefined }[] = [];
    const fetch = async (url: string | URL | Request, init?: RequestInit) => {
      sent.push({ url: String(url), init });
      return Response.json(
        { kid: 'dev-launcher/key-1', file: FILE, url: `/asap/${FILE}` },
        { status: 201 },
      );
    };
    const result = await publishPublicKey('dev-launcher/key-1', '-----BEGIN PUBLIC KEY-----', {
      fetch,
      origin: ORIGIN,
    });
    expect(result).toEqual({ ok: true, value: { url: `${ORIGIN}/asap/${FILE}`, file: FILE } });
    expect(sent).toEqual([
      {
        url: `${ORIGIN}/__lab/keys`,
        init: {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ kid: 'dev-launcher/key-1', pem: '-----BEGIN PUBLIC KEY-----' }),
          signal: expect.any(AbortSignal),
        },
      },
    ]);
  });

  it("reports the dev server's refusal in its words", async () => {
    const fetch = async () =>
      Response.json({ error: 'Jitsi key servers take RSA keys (RS256) only.' }, { status: 400 });
    expect(await publishPublicKey('k', 'pem', { fetch, origin: ORIGIN })).toEqual({
      ok: false,
      error: {
        kind: 'publish-refused',
        status: 400,
        message:
          'The dev server did not publish the key: Jitsi key servers take RSA keys (RS256) only.',
      },
    });
    const html = async () => new Response('<html>', { status: 404 });
    expect(await publishPublicKey('k', 'pem', { fetch: html, origin: ORIGIN })).toEqual({
      ok: false,
      error: {
        kind: 'publish-refused',
        status: 404,
        message: 'The dev server did not publish the key: HTTP 404',
      },
    });
  });

  it('says when the dev server is gone', async () => {
    const fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const expected = {
      ok: false,
      error: {
        kind: 'publish-unreachable',
        message: `The dev server at ${ORIGIN} did not answer: is \`npm run dev\` still running?`,
      },
    };
    expect(await publishPublicKey('k', 'pem', { fetch, origin: ORIGIN })).toEqual(expected);
    expect(await unpublishPublicKey('k', { fetch, origin: ORIGIN })).toEqual(expected);
  });

  it('unpublishes by kid', async () => {
    const urls: string[] = [];
    const fetch = async (url: string | URL | Request) => {
      urls.push(String(url));
      return new Response(null, { status: 204 });
    };
    expect(await unpublishPublicKey('dev-launcher/key-1', { fetch, origin: ORIGIN })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(urls).toEqual([`${ORIGIN}/__lab/keys?kid=dev-launcher%2Fkey-1`]);
  });

  describe('with a dev server that never answers', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** Accepts the request, never answers, and records whether the lab cancelled it. */
    function stuckServer() {
      const aborted: boolean[] = [];
      const fetch = (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            aborted.push(true);
            reject(new DOMException('The operation was aborted.', 'AbortError'));
          });
        });
      return { fetch, aborted };
    }

    it('gives up publishing after 5 s, cancels the request and says what to do', async () => {
      vi.useFakeTimers();
      const { fetch, aborted } = stuckServer();
      let settled = false;
      const result = publishPublicKey('k', 'pem', { fetch, origin: ORIGIN }).finally(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(4999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await result).toEqual({
        ok: false,
        error: {
          kind: 'publish-timeout',
          timeoutMs: 5000,
          message: `The dev server at ${ORIGIN} gave no answer within 5 s: restart \`npm run dev\`, then reload this page to publish the key again.`,
        },
      });
      expect(aborted).toEqual([true]);
    });

    it('gives up unpublishing too, after the time given', async () => {
      vi.useFakeTimers();
      const { fetch, aborted } = stuckServer();
      const result = unpublishPublicKey('k', { fetch, origin: ORIGIN, timeoutMs: 2000 });
      await vi.advanceTimersByTimeAsync(2000);
      expect(await result).toMatchObject({
        ok: false,
        error: { kind: 'publish-timeout', timeoutMs: 2000 },
      });
      expect(aborted).toEqual([true]);
    });

    it('also stops waiting when the answer starts but its body never ends', async () => {
      vi.useFakeTimers();
      const fetch = async () => new Response(new ReadableStream({ start() {} }), { status: 201 });
      const result = publishPublicKey('k', 'pem', { fetch, origin: ORIGIN });
      await vi.advanceTimersByTimeAsync(5000);
      expect(await result).toMatchObject({ ok: false, error: { kind: 'publish-timeout' } });
    });
  });
});
