// The probe against a real prosody (Debian's) with a token-checking module of our own: real
// XMPP, real SASL ANONYMOUS with the token on the WebSocket URL, a MUC that checks the room.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LAB_PROBE_PATH, probeMiddleware } from '../../src/dev/probe-middleware.ts';
import { runCli } from '../cli/run-cli.ts';
import { close, listen } from '../e2e/fixtures/listen.ts';
import {
  APP_ID,
  APP_SECRET,
  MUC_DOMAIN,
  type Prosody,
  startProsody,
  XMPP_DOMAIN,
} from './prosody-server.ts';
import { dockerConfigJs } from './samples/config-samples.ts';
import { servingConfigJs, startWebServer, type WebServer } from './web-server.ts';

vi.setConfig({ testTimeout: 20_000, hookTimeout: 30_000 });

/** prosody checks times with its own clock: tokens are made for now, the prediction is made at AT. */
const AT = Math.floor(Date.now() / 1000);
let prosody: Prosody;
let web: WebServer;
let dir: string;
let profile: string;

beforeAll(async () => {
  prosody = await startProsody();
  const websocketBase = prosody.websocket.replace('/xmpp-websocket', '');
  web = await startWebServer(servingConfigJs(() => dockerConfigJs({ websocketBase })));
  dir = await mkdtemp(join(tmpdir(), 'probe-test-'));
  profile = join(dir, 'profile.json');
  await writeFile(
    profile,
    JSON.stringify({ app_id: APP_ID, app_secret: APP_SECRET, muc_mapper_domain_base: XMPP_DOMAIN }),
  );
});

afterAll(async () => {
  await web?.stop();
  await prosody?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function sign(claims: Record<string, unknown>, secret = APP_SECRET): Promise<string> {
  return new SignJWT({
    iss: APP_ID,
    aud: 'jitsi',
    sub: XMPP_DOMAIN,
    room: 'daily',
    iat: AT - 60,
    nbf: AT - 10,
    exp: AT + 3600,
    ...claims,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));
}

/** The probe of the room "daily", predicting at AT. */
function probeDaily(args: string[], options?: Parameters<typeof runCli>[1]) {
  return runCli(['probe', `${web.origin}/daily`, ...args, '--at', String(AT)], options);
}

/** Timings vary from run to run; the rest of the report is exact. */
const steady = (text: string) => text.replace(/\(\d+ ms\)/g, '(N ms)');

function serverLines(): string[] {
  return [
    `Server:    ${prosody.websocket}`,
    `           XMPP domain ${XMPP_DOMAIN}, MUC ${MUC_DOMAIN}, focus focus.${XMPP_DOMAIN}; read from ${web.origin}/config.js`,
  ];
}

describe('jitsi-jwt probe against prosody', () => {
  it('logs in, joins the room as token-probe and agrees with the prediction', async () => {
    const token = await sign({});
    const run = await probeDaily(['--token', token, '--profile', profile, '--join']);
    expect(run.stderr).toBe('');
    expect(steady(run.stdout)).toBe(
      [
        ...serverLines(),
        'Login:     ACCEPTED  [predicted: accept]  (N ms)',
        'Room join: ACCEPTED as token-probe (affiliation owner, role moderator), left at once  [predicted: accept]  (N ms)',
        'The server agrees with the prediction.',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(token);
  });

  it("reports the server's SASL failure for a bad signature, and a prediction that missed it", async () => {
    const token = await sign({}, 'another-secret');
    const run = await probeDaily(['--token', token]);
    expect(steady(run.stdout)).toBe(
      [
        ...serverLines(),
        'Login:     REFUSED: not-allowed "Invalid signature"  [predicted: accept]  (N ms)',
        'The prediction and the server DISAGREE:',
        '  - No --profile: the prediction does not check the signature and accepts any issuer; give the server settings with --profile FILE for a full prediction.',
        '  - The server refused the login ("Invalid signature"); the prediction was to accept. Could be: the server signs with another app_secret (JWT_APP_SECRET) than the profile, or its key server holds another public key for this kid.',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(1);
  });

  it('agrees on an expired token, the server counting with its own clock', async () => {
    const token = await sign({ iat: 1_600_000_000 - 3600, nbf: undefined, exp: 1_600_000_000 });
    const run = await probeDaily(['--token', token, '--profile', profile, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.login.ok).toBe(false);
    expect(report.login.condition).toBe('not-allowed');
    expect(report.login.reason).toMatch(
      /^Not acceptable by exp \(\d+ sec since expired, valid for:3600 sec\)$/,
    );
    expect(report.predicted.login).toEqual({
      ok: false,
      reason: `Not acceptable by exp (${AT - 1_600_000_000} sec since expired, valid for:3600 sec)`,
    });
    expect(report.join).toBeNull();
    expect(report.agree).toBe(true);
    expect(report.server).toEqual({
      websocket: prosody.websocket,
      xmppDomain: XMPP_DOMAIN,
      mucDomain: MUC_DOMAIN,
      focus: `focus.${XMPP_DOMAIN}`,
      configJs: `${web.origin}/config.js`,
      notes: [],
    });
    expect(report.timings.login).toBeGreaterThanOrEqual(0);
  });

  it('lets the login pass and reports the room refusal for a token of another room', async () => {
    const token = await sign({ room: 'other' });
    const run = await runCli(
      [
        'probe',
        `${web.origin}/daily`,
        '--profile',
        profile,
        '--join',
        '--json',
        '--at',
        String(AT),
      ],
      { input: `${token}\n` },
    );
    const report = JSON.parse(run.stdout);
    expect(report.login).toEqual({ ok: true, condition: null, reason: null });
    expect(report.join).toEqual({
      ok: false,
      step: 'join',
      condition: 'not-allowed',
      reason: 'Room and token mismatched',
    });
    expect(report.predicted.join).toEqual({ ok: false, reason: 'Room and token mismatched' });
    expect(report.agree).toBe(true);
    expect(report.timings.focus).toBeGreaterThanOrEqual(0);
    expect(run.code).toBe(1);
  });

  it('signs a token on the spot with --sign and asks the server', async () => {
    const run = await runCli(
      [
        'probe',
        `${web.origin}/daily`,
        '--sign',
        '--profile',
        profile,
        '--name',
        'Ada',
        '--join',
        '--json',
      ],
      { env: { JITSI_JWT_SECRET: APP_SECRET } },
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.login.ok).toBe(true);
    expect(report.join).toEqual({ ok: true, affiliation: 'owner', role: 'moderator' });
    expect(report.agree).toBe(true);
    expect(run.code).toBe(0);
  });

  it('sends no token when none is given, as the web client does, and hears "token required"', async () => {
    const run = await probeDaily(['--profile', profile, '--json'], { input: '' });
    const report = JSON.parse(run.stdout);
    expect(report.login).toEqual({ ok: false, condition: 'not-allowed', reason: 'token required' });
    expect(report.predicted.login).toEqual({ ok: false, reason: 'token required' });
    expect(report.agree).toBe(true);
    expect(run.code).toBe(1);
  });

  it('names the XMPP domain the server does not serve', async () => {
    const run = await runCli([
      'probe',
      `${web.origin}/daily`,
      '--token',
      await sign({}),
      '--websocket',
      prosody.websocket,
      '--xmpp-domain',
      'meet.example.com',
    ]);
    expect(run.stdout).toContain(
      'Could not ask the server (open): The XMPP server ended the stream: host-unknown ("This server does not serve meet.example.com").',
    );
    expect(run.stdout).toContain(
      '  fix:   Give the XMPP domain the server serves with --xmpp-domain (docker-jitsi-meet: meet.jitsi; see hosts.domain in config.js).',
    );
    expect(run.code).toBe(3);
  });

  it("gives the lab prosody's answer through the dev server's probe endpoint", async () => {
    const middleware = probeMiddleware({ now: () => AT * 1000 });
    const dev = createServer((req, res) => middleware(req, res, () => res.end()));
    const base = `http://127.0.0.1:${await listen(dev)}`;
    try {
      const response = await fetch(`${base}${LAB_PROBE_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base },
        body: JSON.stringify({
          url: `${web.origin}/daily`,
          token: await sign({ room: 'other' }),
          join: true,
          profile: { app_id: APP_ID, muc_mapper_domain_base: XMPP_DOMAIN },
        }),
      });
      const answer = await response.json();
      expect(answer.login).toEqual({ ok: true, condition: null, reason: null });
      expect(answer.join).toEqual({
        ok: false,
        step: 'join',
        condition: 'not-allowed',
        reason: 'Room and token mismatched',
      });
      expect(answer.agree).toBe(true);
      expect(answer.exitCode).toBe(1);
    } finally {
      await close(dev);
    }
  });
});
