// Servers that cannot be asked: each a fixture on 127.0.0.1; the probe ends with exit 3, the URL
// tried and the fix, within its timeout.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer } from 'ws';
import { runCli } from '../cli/run-cli.ts';
import { makeCertificate } from '../e2e/fixtures/certificate.ts';
import { close, listen } from '../e2e/fixtures/listen.ts';
import { dockerConfigJs } from './samples/config-samples.ts';
import { servingConfigJs, startWebServer } from './web-server.ts';

vi.setConfig({ testTimeout: 15_000 });

const TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb29tIjoiZGFpbHkifQ.c2ln';
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function serve(server: Server & { closeAllConnections?: () => void }): Promise<number> {
  const port = await listen(server);
  cleanups.push(() => close(server));
  return port;
}

/** A TCP server that accepts connections and never says a word. */
async function silentServer(): Promise<number> {
  const sockets: Socket[] = [];
  const server = createNetServer((socket) => sockets.push(socket));
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
  });
  return serve(server);
}

function probe(meetingUrl: string, ...extra: string[]) {
  return runCli(['probe', meetingUrl, '--token', TOKEN, ...extra]);
}

/** The probe with the WebSocket and XMPP domain named, so no config.js is read. */
function probeSocket(websocket: string, ...extra: string[]) {
  return probe(
    'https://meet.test/daily',
    '--websocket',
    websocket,
    '--xmpp-domain',
    'meet.jitsi',
    ...extra,
  );
}

function failureLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^(Could not ask| {2}tried:| {2}fix:)/.test(line));
}

describe('jitsi-jwt probe when the server cannot be asked', () => {
  it('says nothing listens at an unreachable host', async () => {
    const port = await silentServer();
    await cleanups.pop()?.();
    const run = await probe(`http://127.0.0.1:${port}/daily`);
    expect(failureLines(run.stdout)).toEqual([
      `Could not ask the server (config): Cannot reach http://127.0.0.1:${port}/config.js: nothing listens there (connection refused) (ECONNREFUSED).`,
      `  tried: http://127.0.0.1:${port}/config.js`,
      '  fix:   Check the meeting URL (or --websocket) and that the server is running and reachable from this machine.',
    ]);
    expect(run.code).toBe(3);
  });

  it('names a TLS error, on config.js and on the WebSocket', async () => {
    const { key, cert } = makeCertificate(['meet.test']);
    const tls = createHttpsServer(
      { key, cert },
      servingConfigJs(() => dockerConfigJs({})),
    );
    const port = await serve(tls);
    const fix =
      '  fix:   Serve a certificate this machine trusts for the host name, or trust your own CA here with NODE_EXTRA_CA_CERTS=/path/to/ca.pem.';
    const page = await probe(`https://127.0.0.1:${port}/daily`);
    expect(failureLines(page.stdout)).toEqual([
      `Could not ask the server (config): TLS error at https://127.0.0.1:${port}/config.js: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT).`,
      `  tried: https://127.0.0.1:${port}/config.js`,
      fix,
    ]);
    expect(page.code).toBe(3);
    const websocket = await probeSocket(`wss://127.0.0.1:${port}/xmpp-websocket`);
    expect(failureLines(websocket.stdout)).toEqual([
      `Could not ask the server (connect): TLS error at wss://127.0.0.1:${port}/xmpp-websocket?room=daily&token=…: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT).`,
      `  tried: wss://127.0.0.1:${port}/xmpp-websocket?room=daily&token=…`,
      fix,
    ]);
    expect(websocket.code).toBe(3);
  });

  it('names an HTTP 404 on the WebSocket path', async () => {
    let port = 0;
    const server = createHttpServer(
      servingConfigJs(() => dockerConfigJs({ websocketBase: `ws://127.0.0.1:${port}` })),
    );
    server.on('upgrade', (_req, socket) => {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    port = await serve(server);
    const run = await probe(`http://127.0.0.1:${port}/daily`);
    expect(failureLines(run.stdout)).toEqual([
      `Could not ask the server (connect): ws://127.0.0.1:${port}/xmpp-websocket?room=daily&token=… answered HTTP 404 instead of opening an XMPP WebSocket.`,
      `  tried: ws://127.0.0.1:${port}/xmpp-websocket?room=daily&token=…`,
      "  fix:   The web server does not pass this path to prosody: check its /xmpp-websocket proxy rule (docker: ENABLE_XMPP_WEBSOCKET) and prosody's mod_websocket, or give the right --websocket URL.",
    ]);
    expect(run.code).toBe(3);
  });

  it('gives up on a server that never answers, config.js or WebSocket, after --timeout', async () => {
    const port = await silentServer();
    const page = await probe(`http://127.0.0.1:${port}/daily`, '--timeout', '300');
    expect(failureLines(page.stdout)[0]).toBe(
      `Could not ask the server (config): No answer from http://127.0.0.1:${port}/config.js within 300 ms.`,
    );
    expect(page.code).toBe(3);
    const started = Date.now();
    const socket = await probeSocket(`ws://127.0.0.1:${port}/xmpp-websocket`, '--timeout', '300');
    expect(failureLines(socket.stdout)).toEqual([
      `Could not ask the server (connect): No answer from ws://127.0.0.1:${port}/xmpp-websocket?room=daily&token=… within 300 ms.`,
      `  tried: ws://127.0.0.1:${port}/xmpp-websocket?room=daily&token=…`,
      '  fix:   Check that the address is the Jitsi web server and that it is up; a slow server needs a longer --timeout.',
    ]);
    expect(socket.code).toBe(3);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('says a WebSocket that sends no XMPP stream is not XMPP', async () => {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => wss.once('listening', resolve));
    cleanups.push(
      () =>
        new Promise((resolve) => {
          for (const client of wss.clients) client.terminate();
          wss.close(() => resolve());
        }),
    );
    const address = wss.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const run = await probeSocket(`ws://127.0.0.1:${port}/xmpp-websocket`, '--timeout', '300');
    expect(failureLines(run.stdout)).toEqual([
      `Could not ask the server (open): ws://127.0.0.1:${port}/xmpp-websocket?room=daily&token=… accepted the WebSocket but sent no XMPP stream within 300 ms.`,
      `  tried: ws://127.0.0.1:${port}/xmpp-websocket?room=daily&token=…`,
      "  fix:   This is not prosody's XMPP WebSocket: check the web server's /xmpp-websocket proxy rule, or give the right --websocket URL.",
    ]);
    expect(run.code).toBe(3);
  });

  it('says a site without config.js is no Jitsi Meet site', async () => {
    const web = await startWebServer((_req, res) => {
      res.writeHead(404);
      res.end();
    });
    cleanups.push(web.stop);
    const run = await probe(`${web.origin}/daily`);
    expect(failureLines(run.stdout)).toEqual([
      `Could not ask the server (config): ${web.origin}/config.js answered HTTP 404: no Jitsi Meet config.js there.`,
      `  tried: ${web.origin}/config.js`,
      '  fix:   Check that the meeting URL is a Jitsi Meet site. Or name the server yourself: --websocket wss://DOMAIN/xmpp-websocket --xmpp-domain D.',
    ]);
    expect(run.code).toBe(3);
  });
});
