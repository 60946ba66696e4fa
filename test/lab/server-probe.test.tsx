import { createServer, request } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { probeMiddleware } from '../../src/dev/probe-middleware.ts';
import { openKeyStore } from '../../src/lab/key-store.ts';
import { createLabStore, type LabStore } from '../../src/lab/lab-store.ts';
import { ServerProbe } from '../../src/lab/server-probe.tsx';
import { runProbe } from '../../src/probe/run-probe.ts';
import { makeCertificate } from '../e2e/fixtures/certificate.ts';
import { close, listen, unusedPort } from '../e2e/fixtures/listen.ts';
import { startProsody } from '../probe/prosody-server.ts';
import { dockerConfigJs } from '../probe/samples/config-samples.ts';
import { servingConfigJs } from '../probe/web-server.ts';
import { NOW } from './support/render-lab.tsx';

const servers: ReturnType<typeof createServer>[] = [];

afterEach(async () => {
  cleanup();
  for (const server of servers.splice(0)) await close(server);
});

/**
 * fetch on Node's own http: the dom environment's fetch is happy-dom's, and the dev server runs
 * on Node. Relative URLs are the lab page's, on `base`, sent from that page (same origin).
 */
function nodeFetch(base?: string, ca?: string): typeof fetch {
  return (input, init) =>
    new Promise((resolve, reject) => {
      const url = new URL(String(input), base);
      const send = url.protocol === 'https:' ? httpsRequest : request;
      const headers: Record<string, string> = Object.fromEntries(new Headers(init?.headers));
      if (base !== undefined) headers.origin = base;
      const req = send(
        url.toString(),
        {
          method: init?.method ?? 'GET',
          headers,
          ...(init?.signal ? { signal: init.signal } : {}),
          ...(ca === undefined ? {} : { ca }),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve(
              new Response(Buffer.concat(chunks).toString('utf8'), { status: res.statusCode ?? 0 }),
            ),
          );
        },
      );
      req.on('error', reject);
      req.end(typeof init?.body === 'string' ? init.body : undefined);
    });
}

/** A dev server on 127.0.0.1 with the real probe endpoint (or none), probing on Node. */
async function devServer(withProbe: boolean, ca?: string): Promise<string> {
  const middleware = probeMiddleware({
    run: (probe) => runProbe({ ...probe, fetch: nodeFetch(undefined, ca) }),
  });
  const server = createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404);
      res.end();
    };
    if (withProbe) middleware(req, res, notFound);
    else notFound();
  });
  servers.push(server);
  return `http://127.0.0.1:${await listen(server)}`;
}

async function signedLab(domain: string): Promise<LabStore> {
  const lab = createLabStore({
    keyStore: openKeyStore(new IDBFactory(), 'probe-lab'),
    now: () => NOW,
    target: { domain, room: 'Daily' },
    presetId: 'docker-hs256',
  });
  await lab.getState().init();
  lab.getState().setSecret('lab-secret');
  await lab.getState().refresh();
  return lab;
}

describe('Test on the server', () => {
  it('says the server could not be asked, with the URL and the fix', async () => {
    const port = await unusedPort();
    const lab = await signedLab(`127.0.0.1:${port}`);
    render(<ServerProbe lab={lab} fetch={nodeFetch(await devServer(true))} />);
    const button = screen.getByRole('button', { name: 'Test on the server' });
    fireEvent.click(button);
    expect(
      await screen.findByText(
        `Could not ask the server: Cannot reach https://127.0.0.1:${port}/config.js: nothing listens there (connection refused) (ECONNREFUSED).`,
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Fix: Check the meeting URL (or --websocket) and that the server is running and reachable from this machine.',
      ),
    ).toBeTruthy();
  });

  it('says the probe needs npm run dev when the server has none', async () => {
    const lab = await signedLab('meet.example.com');
    render(<ServerProbe lab={lab} fetch={nodeFetch(await devServer(false))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Test on the server' }));
    expect(
      await screen.findByText(
        'This server has no probe: "Test on the server" works under npm run dev only.',
      ),
    ).toBeTruthy();
  });

  it('waits for a signed token, and says so', async () => {
    const lab = createLabStore({
      keyStore: openKeyStore(new IDBFactory(), 'probe-lab-empty'),
      now: () => NOW,
      target: { domain: 'meet.example.com', room: 'Daily' },
      presetId: 'docker-hs256',
    });
    render(<ServerProbe lab={lab} />);
    const button = screen.getByRole('button', { name: 'Test on the server' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe('lab-probe-why');
    expect(
      screen.getByText('Sign a token first: the verdict card says what is missing.'),
    ).toBeTruthy();
  });

  it("shows prosody's refusal beside a verdict that accepted, and where they part", async () => {
    const prosody = await startProsody();
    try {
      const { key, cert } = makeCertificate(['meet.test']);
      const websocketBase = prosody.websocket.replace('/xmpp-websocket', '');
      const site = createHttpsServer(
        { key, cert },
        servingConfigJs(() => dockerConfigJs({ websocketBase })),
      );
      servers.push(site);
      const lab = await signedLab(`127.0.0.1:${await listen(site)}`);
      render(<ServerProbe lab={lab} fetch={nodeFetch(await devServer(true, cert))} />);
      fireEvent.click(screen.getByRole('checkbox', { name: 'Also join the room' }));
      fireEvent.click(screen.getByRole('button', { name: 'Test on the server' }));
      expect(
        await screen.findByText(
          'Login: refused, not-allowed "Invalid signature".',
          {},
          { timeout: 8000 },
        ),
      ).toBeTruthy();
      expect(screen.getByText(`${new URL(prosody.websocket).host} answered:`)).toBeTruthy();
      expect(screen.getByText('The server and the verdict disagree:')).toBeTruthy();
      expect(
        screen.getByText(
          'The server refused the login ("Invalid signature"); the prediction was to accept. Could be: the server signs with another app_secret (JWT_APP_SECRET) than the profile, or its key server holds another public key for this kid.',
        ),
      ).toBeTruthy();
    } finally {
      await prosody.stop();
    }
  });
});
