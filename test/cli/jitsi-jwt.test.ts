import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, cliArgs, folderWithHsProfile, runCli } from './run-cli.ts';

// keygen makes 2048-bit RSA keys, which takes a few seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 15_000, hookTimeout: 15_000 });

const AT = '1800000000';
const URL = 'https://meet.example.com/Daily%20Standup';
let dir: string;
let hsProfile: string;

beforeAll(async () => {
  ({ dir, profile: hsProfile } = await folderWithHsProfile('main'));
});

async function signHs(extra: string[] = []): Promise<string> {
  const args = cliArgs`sign --profile ${hsProfile} --url ${URL} --name Ada --at ${AT}`;
  const run = await runCli([...args, ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout.trim();
}

describe('jitsi-jwt', () => {
  it('prints help and exits 0', async () => {
    const run = await cli`--help`;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: jitsi-jwt <command> [options]');
    expect(run.stdout).toContain(
      'inspect [TOKEN|-] --profile FILE.json --url URL [--json] [--at UNIX_TIME]',
    );
  });

  it('rejects an unknown command with exit 2', async () => {
    const run = await cli`frobnicate`;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Unknown command "frobnicate"\./);
  });

  it('sign -> inspect: accepted, exit 0, human-readable', async () => {
    const token = await signHs();
    const run = await cli`inspect ${token} --profile ${hsProfile} --url ${URL} --at ${AT}`;
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Login: ACCEPTED\nJoin: {2}ACCEPTED\n/);
    expect(run.stdout).toContain(
      'PASS  join      Room name matches\n      room "daily%20standup" matches "daily%20standup".',
    );
  });

  it('reads the token from standard input with "-" and prints JSON', async () => {
    const token = await signHs();
    const run = await cli.with({ input: `${token}\n` })`inspect - --profile ${hsProfile}
      --url ${URL} --at ${AT} --json`;
    expect(run.code).toBe(0);
    const json: unknown = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      login: { ok: true, reason: null },
      join: { ok: true, reason: null },
    });
  });

  it('exit 1 with the server reason for an expired token', async () => {
    const token = await signHs(['--lifetime', '1h']);
    const run = await cli`inspect ${token} --profile ${hsProfile} --url ${URL}
      --at ${Number(AT) + 3600 + 5} --json`;
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      login: unknown;
      join: unknown;
      checks: { id: string; status: string }[];
    };
    expect(json.login).toEqual({
      ok: false,
      reason: 'Not acceptable by exp (5 sec since expired, valid for:3600 sec)',
    });
    expect(json.join).toEqual({ ok: false, reason: 'not attempted: the login is refused' });
    expect(json.checks.find((check) => check.id === 'exp')?.status).toBe('fail');
  });

  it('exit 1 for a wrong secret, in human form with the fix', async () => {
    const token = await signHs();
    const other = join(dir, 'other.json');
    await writeFile(
      other,
      JSON.stringify({
        app_id: 'my_app',
        app_secret: 'different',
        muc_mapper_domain_base: 'meet.jitsi',
      }),
    );
    const run = await cli`inspect ${token} --profile ${other} --url ${URL} --at ${AT}`;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^Login: REFUSED: Invalid signature\nJoin: {2}not attempted: the login is refused\n/,
    );
    expect(run.stdout).toContain('      server says: Invalid signature\n');
  });

  it('exit 1 for a room mismatch', async () => {
    const token = await signHs();
    const run = await cli`inspect ${token} --profile ${hsProfile}
      --url https://meet.example.com/Other --at ${AT}`;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Login: ACCEPTED\nJoin: {2}REFUSED: Room and token mismatched\n/);
  });

  it('exit 1 (not a crash) for garbage', async () => {
    const run = await cli`inspect not-a-token --profile ${hsProfile} --url ${URL} --json`;
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ login: { ok: false, reason: 'Invalid token' } });
  });

  it.each<[string, string[], string]>([
    [
      'missing profile',
      ['inspect', 'a.b.c', '--url', URL],
      'jitsi-jwt inspect: --profile FILE is required',
    ],
    [
      'unreadable profile',
      ['inspect', 'a.b.c', '--profile', '/nonexistent.json', '--url', URL],
      'jitsi-jwt inspect: Cannot read the profile file /nonexistent.json: no such file.',
    ],
    [
      'bad URL',
      ['inspect', 'a.b.c', '--profile', 'PROFILE', '--url', 'https://meet.example.com/'],
      'jitsi-jwt inspect: The URL names no room',
    ],
    [
      'bad --at',
      ['inspect', 'a.b.c', '--profile', 'PROFILE', '--url', URL, '--at', 'soon'],
      'jitsi-jwt inspect: --at takes a Unix time in seconds',
    ],
    [
      'unknown option',
      ['inspect', 'a.b.c', '--bogus'],
      "jitsi-jwt inspect: Unknown option '--bogus'",
    ],
    [
      'bad lifetime',
      ['sign', '--profile', 'PROFILE', '--lifetime', 'forever'],
      'jitsi-jwt sign: --lifetime "forever" is not a duration: use 90s, 30m, 1h or 2d.',
    ],
    [
      'lifetime over 366 days',
      ['sign', '--profile', 'PROFILE', '--lifetime', '367d'],
      'jitsi-jwt sign: --lifetime "367d" is longer than 366 days: anyone holding the token could join for that long. Use a shorter lifetime (tokens are usually hours).\n',
    ],
  ])('exit 2 for unusable input: %s', async (_name, args, message) => {
    const run = await runCli(args.map((arg) => (arg === 'PROFILE' ? hsProfile : arg)));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('exit 2 for a profile with a misspelt setting', async () => {
    const typo = join(dir, 'typo.json');
    await writeFile(typo, JSON.stringify({ 'app-id': 'x' }));
    const run = await cli`inspect a.b.c --profile ${typo} --url ${URL}`;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `jitsi-jwt inspect: ${typo}: Unknown setting "app-id". Known: app_id,`,
    );
  });

  it('sign refuses (exit 1) what the profile rejects, and --force signs anyway', async () => {
    const claims = join(dir, 'claims.json');
    await writeFile(
      claims,
      JSON.stringify({ iss: 'someone', context: { user: { moderator: true } } }),
    );
    const withSecret = cli.with({ env: { JITSI_JWT_SECRET: 's3cret' } });
    const refused = await withSecret`sign --profile ${hsProfile} --claims ${claims} --at ${AT}`;
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^The server would refuse this token: invalid 'iss' claim\./);
    const forced =
      await withSecret`sign --profile ${hsProfile} --claims ${claims} --at ${AT} --force`;
    expect(forced.code).toBe(0);
    expect(forced.stdout.trim().split('.')).toHaveLength(3);
  });

  it('an empty $JITSI_JWT_SECRET counts as unset: the profile app_secret signs', async () => {
    const emptySecret = { env: { JITSI_JWT_SECRET: '' } };
    const signed = await cli.with(emptySecret)`sign --profile ${hsProfile} --at ${AT}`;
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    const run = await cli`inspect ${signed.stdout.trim()} --profile ${hsProfile} --url ${URL}
      --at ${AT}`;
    expect(run.code).toBe(0);
  });

  it('stops reading standard input one byte past the size limit', async () => {
    const input = 'a'.repeat(300_000);
    const run = await cli.with({ input })`inspect - --profile ${hsProfile} --url ${URL}`;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'too large to judge: 65537 bytes; Jitsi tokens are normally under 2 KB',
    );
  });

  it('keygen into a path it cannot write: exit 2, "choose a writable --out"', async () => {
    const out = join(hsProfile, 'keys');
    const run = await cli`keygen --kid k --out ${out}`;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `jitsi-jwt keygen: cannot write ${out}: choose a writable --out (ENOTDIR).\n`,
    );
  });

  it('a JSON --key that is no JWK says what was expected', async () => {
    const keyFile = join(dir, 'not-a-jwk.json');
    await writeFile(keyFile, JSON.stringify({ private_key: 'x' }));
    const rsProfile = join(dir, 'rs.json');
    await writeFile(rsProfile, JSON.stringify({ app_id: 'my_app', signature_algorithm: 'RS256' }));
    const run = await cli`sign --profile ${rsProfile} --key ${keyFile}`;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `jitsi-jwt sign: ${keyFile}: This JSON is not a JWK (it has no "kty"): give a JWK with kty RSA and its private part "d", a JWKS holding one, or a PKCS#8 PEM (-----BEGIN PRIVATE KEY-----).\n`,
    );
  });

  it('sign without any secret is unusable input (exit 2)', async () => {
    const noSecret = join(dir, 'nosecret.json');
    await writeFile(noSecret, JSON.stringify({ app_id: 'my_app' }));
    const run = await cli`sign --profile ${noSecret}`;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'jitsi-jwt sign: No secret: set $JITSI_JWT_SECRET (or app_secret in the profile), or give --key FILE for RS256.\n',
    );
  });
});

describe('keygen + key server + sign + inspect', () => {
  let server: Server;
  let base: string;
  let keys: string;

  beforeAll(async () => {
    keys = join(dir, 'keys');
    const run = await cli`keygen --kid dev-launcher/key-1 --out ${keys}`;
    expect(run.code).toBe(0);
    server = createServer((request, response) => {
      const name = (request.url ?? '').replace(/^\/asap\//, '');
      readFile(join(keys, 'asap', name), 'utf8').then(
        (body) => response.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(body),
        () => response.writeHead(404).end('not found'),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/asap`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('writes the private key (mode 600), public PEM, JWKS and the asap file', async () => {
    expect((await readdir(keys)).sort()).toEqual([
      'asap',
      'jwks.json',
      'private-key.pem',
      'public-key.pem',
    ]);
    expect(await readdir(join(keys, 'asap'))).toEqual([
      '53cb1ddb808f0e1adaa099d78803f1dc1ff88fd2530096848d882643876c78c3.pem',
    ]);
    expect((await stat(join(keys, 'private-key.pem'))).mode & 0o777).toBe(0o600);
    const jwks = JSON.parse(await readFile(join(keys, 'jwks.json'), 'utf8')) as {
      keys: { kid: string; alg: string; use: string }[];
    };
    expect(jwks.keys[0]).toMatchObject({ kid: 'dev-launcher/key-1', alg: 'RS256', use: 'sig' });
  });

  it('will not overwrite a private key', async () => {
    const run = await cli`keygen --kid x --out ${keys}`;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('exists; keygen will not overwrite a private key');
  });

  it('signs RS256 with the key and the key server accepts it', async () => {
    const profile = join(dir, 'asap.json');
    await writeFile(
      profile,
      JSON.stringify({
        app_id: 'my_app',
        asap_key_server: base,
        muc_mapper_domain_base: 'meet.jitsi',
      }),
    );
    const signed = await cli`sign --profile ${profile} --key ${join(keys, 'private-key.pem')}
      --kid dev-launcher/key-1 --url ${URL} --at ${AT}`;
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    const run = await cli`inspect ${signed.stdout.trim()} --profile ${profile} --url ${URL}
      --at ${AT} --json`;
    expect(JSON.parse(run.stdout)).toMatchObject({ login: { ok: true }, join: { ok: true } });
    expect(run.code).toBe(0);
  });

  it('reports "could not obtain public key" for a kid the key server does not have', async () => {
    const profile = join(dir, 'asap.json');
    const signed = await cli`sign --profile ${profile} --key ${join(keys, 'private-key.pem')}
      --kid unknown/key --url ${URL} --at ${AT} --force`;
    expect(signed.code).toBe(0);
    const run = await cli`inspect ${signed.stdout.trim()} --profile ${profile} --url ${URL}
      --at ${AT}`;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Login: REFUSED: could not obtain public key\n/);
  });
  it('sign refuses (exit 1) a kid the key server has no file for, naming the URL and the fix', async () => {
    const signed = await cli`sign --profile ${join(dir, 'asap.json')}
      --key ${join(keys, 'private-key.pem')} --kid other/key --at ${AT}`;
    const url = `${base}/3da3b1084b5ea3d1a83c0a645759ae6fb07b79fdf651dca7f18c24828c3f7f11.pem`;
    expect(signed.code).toBe(1);
    expect(signed.stdout).toBe('');
    expect(signed.stderr).toContain(
      `Not signed: the key server has no usable key for kid "other/key" at ${url} (the server would say "could not obtain public key")`,
    );
    expect(signed.stderr).toContain('fix: pass the --kid whose key file the server holds');
    expect(signed.stderr).toContain('jitsi-jwt keygen --kid "other/key" --out DIR');
    expect(signed.stderr).toContain(
      'Offline, or before the file is published: add --force to sign without this check.',
    );
  });

  it('inspect warns (exit 0) when asap_key_server ends with "/"', async () => {
    const signed = await cli`sign --profile ${join(dir, 'asap.json')}
      --key ${join(keys, 'private-key.pem')} --kid dev-launcher/key-1 --url ${URL} --at ${AT}`;
    const slash = join(dir, 'asap-slash.json');
    await writeFile(
      slash,
      JSON.stringify({
        app_id: 'my_app',
        asap_key_server: `${base}/`,
        muc_mapper_domain_base: 'meet.jitsi',
      }),
    );
    const run = await cli`inspect ${signed.stdout.trim()} --profile ${slash} --url ${URL}
      --at ${AT}`;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `WARN  login     Key server address\n      asap_key_server ends with "/": the server joins it with a plain "/" and fetches ${base}//<hex(sha256(kid))>.pem (two slashes), which many web servers do not map to the file.\n      fix: Remove the trailing "/" from asap_key_server (docker: JWT_ASAP_KEYSERVER).\n`,
    );
  });

  it('sign without --kid on a key-server profile names --kid in the fix', async () => {
    const signed = await cli`sign --profile ${join(dir, 'asap.json')}
      --key ${join(keys, 'private-key.pem')} --at ${AT}`;
    expect(signed.code).toBe(1);
    expect(signed.stderr).toContain(
      '\n       fix: pass --kid KID: the key id whose <hex(sha256(KID))>.pem the key server serves (jitsi-jwt keygen printed it).\n',
    );
  });

  it('sign refuses (exit 1) when the key server holds another key for the kid', async () => {
    const otherKeys = join(dir, 'other-keys');
    expect((await cli`keygen --kid dev-launcher/key-1 --out ${otherKeys}`).code).toBe(0);
    const signed = await cli`sign --profile ${join(dir, 'asap.json')}
      --key ${join(otherKeys, 'private-key.pem')} --kid dev-launcher/key-1 --at ${AT}`;
    expect(signed.code).toBe(1);
    expect(signed.stderr).toMatch(
      /^Not signed: the key server's file at http:\/\/127\.0\.0\.1:\d+\/asap\/53cb1ddb808f0e1adaa099d78803f1dc1ff88fd2530096848d882643876c78c3\.pem is not the public half of this signing key \(the server would say "Invalid signature"\)\n/,
    );
  });

  it('sign refuses (exit 1) an unreachable key server; --force signs offline', async () => {
    const offline = join(dir, 'offline.json');
    await writeFile(
      offline,
      JSON.stringify({ app_id: 'my_app', asap_key_server: 'http://127.0.0.1:9/asap' }),
    );
    const key = join(keys, 'private-key.pem');
    const refused = await cli`sign --profile ${offline} --key ${key} --kid dev-launcher/key-1
      --at ${AT}`;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Not signed: the key server has no usable key for kid "dev-launcher/key-1" at http://127.0.0.1:9/asap/53cb1ddb808f0e1adaa099d78803f1dc1ff88fd2530096848d882643876c78c3.pem',
    );
    expect(refused.stderr).toContain('add --force to sign without this check');
    const forced = await cli`sign --profile ${offline} --key ${key} --kid dev-launcher/key-1
      --at ${AT} --force`;
    expect(forced.code).toBe(0);
    expect(forced.stdout.trim().split('.')).toHaveLength(3);
  });
});

describe('JaaS: keygen, sign with the AppID kid, inspect with the public key', () => {
  it('is accepted, with sub, aud, iss and features as JaaS wants them', async () => {
    const appId = 'vpaas-magic-cookie-abc123';
    const keys = join(dir, 'jaas-keys');
    expect((await cli`keygen --kid ${appId}/k1 --out ${keys}`).code).toBe(0);
    const profile = join(dir, 'jaas.json');
    await writeFile(
      profile,
      JSON.stringify({
        preset: 'jaas',
        public_key: await readFile(join(keys, 'public-key.pem'), 'utf8'),
      }),
    );
    const url = `https://8x8.vc/${appId}/Team`;
    const signed = await cli`sign --profile ${profile} --key ${join(keys, 'private-key.pem')}
      --kid ${appId}/k1 --url ${url} --at ${AT}`;
    expect(signed.stderr).toBe('');
    const payload = JSON.parse(
      Buffer.from(signed.stdout.trim().split('.')[1] ?? '', 'base64url').toString('utf8'),
    );
    expect(payload).toMatchObject({
      iss: 'chat',
      aud: 'jitsi',
      sub: appId,
      room: 'team',
      context: { features: { recording: 'false' } },
    });
    const run = await cli`inspect ${signed.stdout.trim()} --profile ${profile} --url ${url}
      --at ${AT} --json`;
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ login: { ok: true }, join: { ok: true } });
  });
});
