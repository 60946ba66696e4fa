// A tenant URL (https://DOMAIN/TENANT/ROOM): the probe reads the tenant's config.js and opens the
// WebSocket under the tenant's path, with the room and the token as lib-jitsi-meet appends them.
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { close, listen } from '../e2e/fixtures/listen.ts';
import { dockerConfigJs } from './samples/config-samples.ts';
import { servingConfigJs } from './web-server.ts';

const TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb29tIjoiZGFpbHkifQ.c2ln';
const requested: string[] = [];
let origin = '';
const site = createServer((req, res) => {
  requested.push(req.url ?? '');
  // What nginx's SSI writes into /TENANT/config.js.
  const tenant = /^\/([^/]+)\/config\.js$/.exec(req.url ?? '')?.[1];
  servingConfigJs(() =>
    dockerConfigJs({
      subdir: tenant ? `${tenant}/` : '',
      subdomain: tenant ? `${tenant}.` : '',
      websocketBase: origin.replace('http:', 'ws:'),
    }),
  )(req, res);
});
// The front web server would pass /TENANT/xmpp-websocket to prosody; this one only notes it.
site.on('upgrade', (req, socket) => {
  requested.push(req.url ?? '');
  socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
});

beforeAll(async () => {
  origin = `http://127.0.0.1:${await listen(site)}`;
});

afterAll(() => close(site));

describe('jitsi-jwt probe on a tenant URL', () => {
  it("reads the tenant's config.js and connects under the tenant's path", async () => {
    const run = await runCli([
      'probe',
      `${origin}/Team.One/Daily Standup`,
      '--token',
      TOKEN,
      '--json',
    ]);
    const report = JSON.parse(run.stdout);
    expect(report.server).toEqual({
      websocket: `${origin.replace('http:', 'ws:')}/Team.One/xmpp-websocket`,
      xmppDomain: 'meet.jitsi',
      mucDomain: 'muc.team_one.meet.jitsi',
      focus: 'focus.meet.jitsi',
      configJs: `${origin}/Team.One/config.js`,
      notes: [],
    });
    expect(requested).toEqual([
      '/Team.One/config.js',
      `/Team.One/xmpp-websocket?room=daily%2520standup&token=${TOKEN}`,
    ]);
    expect(report.error.kind).toBe('http-status');
    expect(run.stdout).not.toContain(TOKEN);
    expect(run.code).toBe(3);
  });
});
