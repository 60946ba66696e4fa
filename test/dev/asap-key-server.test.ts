// @vitest-environment node
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asapKeyServer } from '../../src/dev/asap-key-server-plugin.ts';
import { KeyRegistry } from '../../src/dev/key-registry.ts';
import { keyServerMiddleware } from '../../src/dev/key-server-middleware.ts';

const KID = 'dev-launcher/key-1';
const FILE = '53cb1ddb808f0e1adaa099d78803f1dc1ff88fd2530096848d882643876c78c3.pem';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsaPem = String(rsa.publicKey.export({ type: 'spki', format: 'pem' }));

let server: ViteDevServer;
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
    plugins: [asapKeyServer()],
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
