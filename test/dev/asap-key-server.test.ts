// @vitest-environment node
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asapKeyServer } from '../../src/dev/asap-key-server-plugin.ts';
import { asapFileNameSync, KeyRegistry, MAX_KEYS } from '../../src/dev/key-registry.ts';
import { type KeyServerLimits, keyServerMiddleware } from '../../src/dev/key-server-middleware.ts';

const KID = 'dev-launcher/key-1';
const FILE = '53cb1ddb808f0e1adaa099d78803f1dc1ff88fd2530096848d882643876c78c3.pem';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsaPem = String(rsa.publicKey.export({ type: 'spki', format: 'pem' }));

let server: ViteDevServer;
const devRegistry = new KeyRegistry();
const cacheDir = mkdtempSync(join(tmpdir(), 'asap-key-server-'));
let port = 0;

interface Reply {
  status: number;
  type: string;
  body: string;
}

function call(
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { Host: `localhost:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function publish(kid: string, pem: string, origin = `http://localhost:${port}`): Promise<Reply> {
  return call('POST', '/__lab/keys', {
    body: JSON.stringify({ kid, pem }),
    headers: { 'Content-Type': 'application/json', Origin: origin },
  });
}

beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: import.meta.dirname,
    cacheDir,
    logLevel: 'silent',
    plugins: [asapKeyServer(devRegistry)],
    server: { host: '127.0.0.1', port: 0, strictPort: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') {
    throw new Error('The dev server did not listen on a TCP port.');
  }
  port = address.port;
});

afterAll(async () => {
  await server.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('the dev server as an asap key server', () => {
  it('is a dev-server-only plugin', () => {
    expect(asapKeyServer().apply).toBe('serve');
  });

  it('serves a published key as /asap/<hex(sha256(kid))>.pem and in the JWKS', async () => {
    const published = await publish(KID, rsaPem);
    expect(published.status).toBe(201);
    expect(JSON.parse(published.body)).toEqual({ kid: KID, file: FILE, url: `/asap/${FILE}` });

    const pem = await call('GET', `/asap/${FILE}`);
    expect(pem.status).toBe(200);
    expect(pem.type).toBe('application/x-pem-file; charset=utf-8');
    expect(pem.body).toBe(rsaPem);

    const jwks = JSON.parse((await call('GET', '/asap/jwks.json')).body);
    const jwk = rsa.publicKey.export({ format: 'jwk' });
    expect(jwks.keys).toContainEqual({ ...jwk, kid: KID, alg: 'RS256', use: 'sig' });

    const list = JSON.parse((await call('GET', '/__lab/keys')).body);
    expect(list.keys).toContainEqual({ kid: KID, file: FILE, url: `/asap/${FILE}` });
  });

  it('answers a Jitsi container that calls it host.docker.internal', async () => {
    await publish(KID, rsaPem);
    const reply = await call('GET', `/asap/${FILE}`, {
      headers: { Host: `host.docker.internal:${port}` },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(rsaPem);
  });

  it('says what to do for a key nobody published', async () => {
    const name = `${'0'.repeat(64)}.pem`;
    const reply = await call('GET', `/asap/${name}`);
    expect(reply.status).toBe(404);
    expect(reply.body).toBe(
      `No public key published as ${name}. Open the lab (npm run dev) so it publishes its keys.\n`,
    );
  });

  it('refuses writes from other origins or without an origin', async () => {
    const foreign = await publish('evil', rsaPem, 'http://evil.example');
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toEqual({
      error: 'Only the lab page served by this dev server may publish keys.',
    });
    const noOrigin = await call('POST', '/__lab/keys', {
      body: JSON.stringify({ kid: 'evil', pem: rsaPem }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(noOrigin.status).toBe(403);
    const text = await call('POST', '/__lab/keys', {
      body: JSON.stringify({ kid: 'evil', pem: rsaPem }),
      headers: { 'Content-Type': 'text/plain', Origin: `http://localhost:${port}` },
    });
    expect(text.status).toBe(415);
  });

  it('never takes a private key, and takes RSA keys only', async () => {
    const privatePem = String(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const leaked = await publish('leak', privatePem);
    expect(leaked.status).toBe(400);
    expect(JSON.parse(leaked.body)).toEqual({
      error: 'Send one SPKI PEM block (-----BEGIN PUBLIC KEY-----).',
      kind: 'not-public-key',
    });
    const both = await publish('leak', `${rsaPem}${privatePem}`);
    expect(both.status).toBe(400);

    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const ecReply = await publish(
      'ec',
      String(ec.publicKey.export({ type: 'spki', format: 'pem' })),
    );
    expect(ecReply.status).toBe(400);
    expect(JSON.parse(ecReply.body)).toEqual({
      error: 'Jitsi key servers take RSA keys (RS256) only.',
      kind: 'not-rsa',
    });

    const empty = await publish('', rsaPem);
    expect(JSON.parse(empty.body).kind).toBe('bad-kid');
    const broken = await call('POST', '/__lab/keys', {
      body: '{not json',
      headers: { 'Content-Type': 'application/json', Origin: `http://localhost:${port}` },
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toEqual({ error: 'The body is not JSON.' });
  });

  it('unpublishes a deleted key', async () => {
    await publish('to-delete', rsaPem);
    const { file } = JSON.parse((await publish('to-delete', rsaPem)).body);
    const deleted = await call('DELETE', `/__lab/keys?kid=${encodeURIComponent('to-delete')}`, {
      headers: { Origin: `http://localhost:${port}` },
    });
    expect(deleted.status).toBe(204);
    expect((await call('GET', `/asap/${file}`)).status).toBe(404);
  });

  it('keeps published public keys across a restart of the dev server', async () => {
    await publish(KID, rsaPem);
    await devRegistry.saved();
    const file = join(cacheDir, 'asap-public-keys.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toContainEqual({ kid: KID, pem: rsaPem });
    expect(readFileSync(file, 'utf8')).not.toContain('PRIVATE');
    const restarted = new KeyRegistry();
    restarted.persistTo(file);
    expect(restarted.byFile(FILE)?.pem).toBe(rsaPem);
  });

  it('takes keys from this machine only', async () => {
    const middleware = keyServerMiddleware(new KeyRegistry(), () => false);
    const lan = createHttpServer((req, res) => middleware(req, res, () => res.end('next')));
    await new Promise<void>((resolve) => lan.listen(0, '127.0.0.1', resolve));
    const address = lan.address();
    const lanPort = typeof address === 'object' && address !== null ? address.port : 0;
    const saved = port;
    port = lanPort;
    try {
      const reply = await publish(KID, rsaPem, `http://localhost:${lanPort}`);
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body)).toEqual({
        error: 'Keys can be published from this machine only (localhost).',
      });
      expect((await call('GET', '/__lab/keys')).status).toBe(200);
    } finally {
      port = saved;
      await new Promise((resolve) => lan.close(resolve));
    }
  });
});

/** A plain server running only the key server middleware, from this machine, with `limits`. */
async function keyServer(
  limits: Partial<KeyServerLimits>,
  registry = new KeyRegistry(),
): Promise<{ port: number; close: () => Promise<void> }> {
  const middleware = keyServerMiddleware(registry, () => true, limits);
  const http = createHttpServer((req, res) => middleware(req, res, () => res.end('next')));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  return {
    port: typeof address === 'object' && address !== null ? address.port : 0,
    close: () =>
      new Promise((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

/**
 * POSTs `first` and then, unless `end`, keeps the body open (`trickle` sends more every 10 ms).
 * Resolves with the answer, or with status 0 if none came within `waitMs`.
 */
function postOpenBody(
  to: number,
  first: string,
  options: { trickle?: boolean; waitMs: number },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    let ticker: ReturnType<typeof setInterval> | undefined;
    const req = request({
      host: '127.0.0.1',
      port: to,
      method: 'POST',
      path: '/__lab/keys',
      headers: {
        Host: `localhost:${to}`,
        Origin: `http://localhost:${to}`,
        'Content-Type': 'application/json',
        'Transfer-Encoding': 'chunked',
      },
    });
    const done = (reply: { status: number; body: string }) => {
      clearInterval(ticker);
      clearTimeout(giveUp);
      req.destroy();
      resolve(reply);
    };
    const giveUp = setTimeout(() => done({ status: 0, body: '' }), options.waitMs);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', () => undefined);
    req.write(first);
    if (options.trickle === true) ticker = setInterval(() => req.write('x'.repeat(4096)), 10);
  });
}

describe('the key server holds out against floods', () => {
  it('answers an endless body with 413 as soon as it passes the limit', async () => {
    const server = await keyServer({ maxBodyBytes: 16 * 1024 });
    try {
      const reply = await postOpenBody(server.port, '{"kid":"', { trickle: true, waitMs: 5000 });
      expect(reply).toEqual({
        status: 413,
        body: `${JSON.stringify({ error: 'The body is over 16384 bytes: send one public key.' })}\n`,
      });
    } finally {
      await server.close();
    }
  });

  it('refuses a declared body over the limit without reading it', async () => {
    const reply = await call('POST', '/__lab/keys', {
      body: 'x'.repeat(20_000),
      headers: { 'Content-Type': 'application/json', Origin: `http://localhost:${port}` },
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toEqual({
      error: 'The body is over 16384 bytes: send one public key.',
    });
  });

  it('drops a body that does not arrive in time, with 408', async () => {
    const server = await keyServer({ bodyTimeoutMs: 200 });
    try {
      const reply = await postOpenBody(server.port, '{"kid":"slow', { waitMs: 3000 });
      expect(reply).toEqual({
        status: 408,
        body: `${JSON.stringify({ error: 'The body did not arrive within 0.2 s.' })}\n`,
      });
    } finally {
      await server.close();
    }
  });

  it('never gives a published kid another key (409), and takes the same key again', async () => {
    await publish('kept/key-1', rsaPem);
    expect((await publish('kept/key-1', rsaPem)).status).toBe(201);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const otherPem = String(other.publicKey.export({ type: 'spki', format: 'pem' }));
    const reply = await publish('kept/key-1', otherPem);
    expect(reply.status).toBe(409);
    expect(JSON.parse(reply.body)).toEqual({
      kind: 'kid-taken',
      error:
        'The kid "kept/key-1" is already published with another public key. A Jitsi server keeps a key per kid until it restarts, so a kid never gets a new key: rotate to a new kid in the lab.',
    });
    expect((await call('GET', `/asap/${asapFileNameSync('kept/key-1')}`)).body).toBe(rsaPem);
  });

  it(`keeps at most ${MAX_KEYS} keys (507 past that)`, async () => {
    const registry = new KeyRegistry();
    for (let n = 1; n <= MAX_KEYS; n += 1) {
      expect(registry.publish(`many/key-${n}`, rsaPem).ok).toBe(true);
    }
    const server = await keyServer({}, registry);
    const saved = port;
    port = server.port;
    try {
      const reply = await publish('many/one-more', rsaPem, `http://localhost:${server.port}`);
      expect(reply.status).toBe(507);
      expect(JSON.parse(reply.body)).toEqual({
        kind: 'too-many-keys',
        error: `The dev server keeps at most ${MAX_KEYS} keys: delete keys you no longer use in the lab first.`,
      });
      expect(registry.list()).toHaveLength(MAX_KEYS);
    } finally {
      port = saved;
      await server.close();
    }
  });

  it('writes its file in the background, all changes in the end', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'key-registry-'));
    const file = join(folder, 'keys.json');
    try {
      const registry = new KeyRegistry();
      registry.persistTo(file);
      for (let n = 1; n <= 20; n += 1) registry.publish(`bulk/key-${n}`, rsaPem);
      registry.remove('bulk/key-20');
      // Nothing was written while the requests were answered.
      expect(existsSync(file)).toBe(false);
      await registry.saved();
      const kept = JSON.parse(readFileSync(file, 'utf8'));
      expect(kept.map((key: { kid: string }) => key.kid)).toEqual(
        Array.from({ length: 19 }, (_, i) => `bulk/key-${i + 1}`),
      );
      expect(registry.persistProblem).toBeUndefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
