// @vitest-environment node
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsPrivateMaterial } from '../../src/dev/private-file-guard.ts';
import { startDevServer } from '../e2e/lab-dev-server.ts';

// The files a developer might leave in the project folder; each holds this marker.
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs8 = String(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }));
const jwk = rsa.privateKey.export({ format: 'jwk' });
const der = rsa.privateKey.export({ type: 'pkcs8', format: 'der' });

const PRIVATE_FILES: Record<string, string | Buffer> = {
  'vpaas-magic-cookie-1234.pk': pkcs8,
  'AuthKey_ABC123.p8': pkcs8,
  'private-key.der': der,
  'signing.jwk': JSON.stringify(jwk),
  'team-signing-key.json': JSON.stringify(jwk),
  // Names that say nothing: the content gives them away.
  'meet.json': JSON.stringify({ keys: [{ ...jwk, kid: 'my-app/key-1' }] }),
  'prod.json': JSON.stringify({ app_id: 'my_app', app_secret: 's3cret-value' }),
  'service-account.json': JSON.stringify({ type: 'service_account', private_key: pkcs8 }),
  id_ed25519: pkcs8,
};

let server: { base: string; close: () => Promise<void> };
// Inside the project (the folder the dev server serves), not under a dot folder Vite skips.
const root = process.cwd();
const folder = mkdtempSync(join(root, 'private-files-check-'));
const name = folder.slice(root.length + 1);
// Vite serves its public folder without its deny list. The test's own public folder (with the
// app's config.json) keeps key files out of the project's public/, which builds copy into dist/.
const publicDir = join(folder, 'public');
const publicKeyFile = `${name}.pk`;
const publicJwkFile = `${name}.json`;

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  for (const [file, content] of Object.entries(PRIVATE_FILES)) {
    writeFileSync(join(folder, file), content);
  }
  writeFileSync(
    join(folder, 'notes.json'),
    JSON.stringify({ kty: 'RSA', n: 'public-only', e: 'AQAB' }),
  );
  mkdirSync(publicDir);
  copyFileSync(join(root, 'public', 'config.json'), join(publicDir, 'config.json'));
  writeFileSync(join(publicDir, publicKeyFile), pkcs8);
  writeFileSync(join(publicDir, publicJwkFile), JSON.stringify(jwk));
  server = await startDevServer({ publicDir });
});

afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL(path, server.base));
  return { status: response.status, body: await response.text() };
}

describe('npm run dev -- --host never serves private key material', () => {
  it.each(Object.keys(PRIVATE_FILES))('refuses %s by every path', async (file) => {
    for (const path of [
      `${name}/${file}`,
      `${name}/${file}?raw`,
      `${name}/${file}?import`,
      `@fs${join(folder, file)}`,
    ]) {
      const reply = await get(path);
      expect([403, 404], `${path} answered ${reply.status}`).toContain(reply.status);
      expect(reply.body).not.toContain('PRIVATE KEY');
      expect(reply.body).not.toContain(String(jwk.d));
      expect(reply.body).not.toContain('s3cret-value');
    }
  });

  it.each([
    ['a JaaS key', () => publicKeyFile],
    ['a private JWK', () => publicJwkFile],
  ])('refuses %s in public/', async (_what, file) => {
    const reply = await get(file());
    expect(reply).toEqual({
      status: 403,
      body: `Not served: /${file()} is or holds a private key or a secret. Keep key files outside the project folder.\n`,
    });
  });

  it('says why a JSON file with a private key is refused', async () => {
    const reply = await get(`${name}/meet.json`);
    expect(reply).toEqual({
      status: 403,
      body: `Not served: /${name}/meet.json is or holds a private key or a secret. Keep key files outside the project folder.\n`,
    });
  });

  it('still serves the app, its config and JSON without secrets', async () => {
    expect((await get('config.json')).status).toBe(200);
    expect((await get('src/main.tsx')).status).toBe(200);
    const notes = await get(`${name}/notes.json`);
    expect(notes.status).toBe(200);
    expect(JSON.parse(notes.body)).toEqual({ kty: 'RSA', n: 'public-only', e: 'AQAB' });
  });
});

describe('holdsPrivateMaterial', () => {
  it('finds private JWK members, secret settings and PEM private keys, and nothing else', () => {
    expect(holdsPrivateMaterial(jwk)).toBe(true);
    expect(holdsPrivateMaterial({ kty: 'oct', k: 'c2VjcmV0' })).toBe(true);
    expect(holdsPrivateMaterial([{ nested: { app_secret: 'x' } }])).toBe(true);
    expect(holdsPrivateMaterial({ note: pkcs8 })).toBe(true);
    expect(holdsPrivateMaterial(rsa.publicKey.export({ format: 'jwk' }))).toBe(false);
    expect(holdsPrivateMaterial({ app_id: 'my_app', app_secret: '' })).toBe(false);
    expect(holdsPrivateMaterial({ d: 'a field named d, not a JWK' })).toBe(false);
  });
});
