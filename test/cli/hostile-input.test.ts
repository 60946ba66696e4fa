import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, folderWithHsProfile } from './run-cli.ts';

vi.setConfig({ testTimeout: 15_000, hookTimeout: 15_000 });

const AT = '1800000000';
const URL = 'https://meet.example.com/Team';
let dir: string;
let profile: string;

beforeAll(async () => {
  ({ dir, profile } = await folderWithHsProfile('hostile'));
});

async function signWith(claims: object): Promise<string> {
  const file = join(dir, 'claims.json');
  await writeFile(file, JSON.stringify(claims));
  const run = await cli`sign --profile ${profile} --claims ${file} --url ${URL} --at ${AT} --force`;
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

// ESC [2J clears the screen, ESC [H goes home, U+009B is a one-byte CSI, U+202E reverses text.
const HOSTILE_KEY = '\u001b[2J\u001b[HLogin: ACCEPTED\u009b31m\u202e\u2066';
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters the output must not hold.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('text from a token is shown escaped, never acted on by the terminal', () => {
  it('inspect prints an unknown feature key with its escapes visible', async () => {
    const token = await signWith({ context: { features: { [HOSTILE_KEY]: true } } });
    const run = await cli`inspect ${token} --profile ${profile} --url ${URL} --at ${AT}`;
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stdout).toContain(
      '      The web client warns about unknown feature key: \\x1B[2J\\x1B[HLogin: ACCEPTED\\x9B31m\\u202E\\u2066.\n',
    );
    expect(run.stdout.split('\n').filter((line) => line.startsWith('Login:'))).toEqual([
      'Login: ACCEPTED',
    ]);
  });

  it('a line break in a claim cannot start a line of its own', async () => {
    const token = await signWith({
      context: { features: { 'x\nLogin: REFUSED: fake\r': true } },
    });
    const run = await cli`inspect ${token} --profile ${profile} --url ${URL} --at ${AT}`;
    expect(run.stdout).toContain('unknown feature key: x\\x0ALogin: REFUSED: fake\\x0D.\n');
    expect(run.stdout).not.toContain('\nLogin: REFUSED');
  });

  it('--json escapes C1 controls and bidi marks too, and parses back to the same text', async () => {
    const token = await signWith({ context: { features: { [HOSTILE_KEY]: true } } });
    const run = await cli`inspect ${token} --profile ${profile} --url ${URL} --at ${AT} --json`;
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stdout).toContain(
      'unknown feature key: \\u001b[2J\\u001b[HLogin: ACCEPTED\\u009B31m\\u202E\\u2066.',
    );
    const json = JSON.parse(run.stdout) as { checks: { id: string; message: string }[] };
    expect(json.checks.find((check) => check.message.includes('unknown feature'))?.message).toBe(
      `The web client warns about unknown feature key: ${HOSTILE_KEY}.`,
    );
  });

  it('a profile setting name from the file is shown escaped in the error', async () => {
    const file = join(dir, 'escape-key.json');
    await writeFile(file, JSON.stringify({ '\u001b]0;owned\u0007': 1 }));
    const run = await cli`inspect a.b.c --profile ${file} --url ${URL}`;
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(UNSAFE);
    expect(run.stderr).toContain('Unknown setting "\\x1B]0;owned\\x07"');
  });
});

describe('times out of range', () => {
  it('an exp of 1e308 expires "in more than 10,000 years", and -1e308 expired that long ago', async () => {
    const far = await signWith({ exp: 1e308 });
    const run = await cli`inspect ${far} --profile ${profile} --url ${URL} --at ${AT}`;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'PASS  login     Expiry (exp)\n      The token expires in more than 10,000 years.\n',
    );
    const past = await signWith({ exp: -1e308 });
    const refused = await cli`inspect ${past} --profile ${profile} --url ${URL} --at ${AT}`;
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      'FAIL  login     Expiry (exp)\n      The token expired more than 10,000 years ago. The server allows no leeway.\n',
    );
    expect(run.stdout + refused.stdout).not.toMatch(/NaN|Infinity|Invalid Date|e\+30\d days/);
  });

  it('an exp JSON turns into Infinity (1e400) is judged and worded without Infinity', async () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    const token = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64('{"iss":"my_app","room":"team","exp":1e400,"nbf":-1e400}')}.c2ln`;
    const run = await cli`inspect ${token} --profile ${profile} --url ${URL} --at ${AT}`;
    expect(run.stdout).toContain('      The token expires in more than 10,000 years.\n');
    expect(run.stdout).toContain('      The token is valid since more than 10,000 years ago.\n');
    expect(run.stdout).not.toMatch(/NaN|Infinity|not a time/);
  });
});

describe('files the command line reads', () => {
  it('a FIFO as --profile is refused at once, not waited on', async () => {
    const fifo = join(dir, 'profile.fifo');
    mkfifo(fifo);
    const run = await cli`inspect a.b.c --profile ${fifo} --url ${URL}`;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `jitsi-jwt inspect: The profile file ${fifo} is a named pipe (FIFO), not a regular file.\n`,
    );
  });

  it('a FIFO as --key or --claims is refused too', async () => {
    const fifo = join(dir, 'key.fifo');
    mkfifo(fifo);
    const rs = join(dir, 'rs.json');
    await writeFile(rs, JSON.stringify({ app_id: 'my_app', signature_algorithm: 'RS256' }));
    const key = await cli`sign --profile ${rs} --key ${fifo}`;
    expect(key.stderr).toBe(
      `jitsi-jwt sign: The key file ${fifo} is a named pipe (FIFO), not a regular file.\n`,
    );
    const claims = await cli`sign --profile ${profile} --claims ${fifo}`;
    expect(claims.stderr).toBe(
      `jitsi-jwt sign: The claims file ${fifo} is a named pipe (FIFO), not a regular file.\n`,
    );
  });

  it('a device or a folder as --profile is refused', async () => {
    const device = await cli`inspect a.b.c --profile /dev/zero --url ${URL}`;
    expect(device.stderr).toBe(
      'jitsi-jwt inspect: The profile file /dev/zero is a device, not a regular file.\n',
    );
    const folder = await cli`inspect a.b.c --profile ${dir} --url ${URL}`;
    expect(folder.stderr).toBe(
      `jitsi-jwt inspect: The profile file ${dir} is a folder, not a regular file.\n`,
    );
  });

  it('a profile over 1 MB is refused without reading it all', async () => {
    const big = join(dir, 'big.json');
    await writeFile(big, `{"app_id": "${'a'.repeat(1024 * 1024)}"}`);
    const run = await cli`inspect a.b.c --profile ${big} --url ${URL}`;
    expect(run.stderr).toBe(
      `jitsi-jwt inspect: The profile file ${big} is larger than 1 MB; this file should be a few kilobytes.\n`,
    );
  });

  it('claims nested 50,000 deep are refused with words, not a stack overflow', async () => {
    const deep = join(dir, 'deep-claims.json');
    await writeFile(deep, `{"x": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
    const run = await cli`sign --profile ${profile} --claims ${deep} --at ${AT}`;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `jitsi-jwt sign: ${deep}: the claims nest deeper than 32 levels; a Jitsi token needs three or four.\n`,
    );
  });

  it('a malformed profile says the line and column, never the text around the error', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{\n  "app_id": "my_app",\n  "app_secret": hunter2-secret\n}\n');
    const run = await cli`inspect a.b.c --profile ${bad} --url ${URL}`;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `jitsi-jwt inspect: The profile file ${bad} is not valid JSON at line 3, column 17: check the quotes, commas and brackets there.\n`,
    );
  });

  it.each([
    ['a trailing comma', '{"a": 1,}', 'line 1, column 9'],
    ['no closing brace', '{"a": 1', 'line 1, column 8'],
    ['an empty file', '', 'line 1, column 1'],
    ['a raw tab in a string', '{"a": "x\ty"}', 'line 1, column 9'],
    ['text after the value', '[1, 2] 3', 'line 1, column 8'],
    ['a misspelt literal', '{"a": tru}', 'line 1, column 7'],
    ['100,000 open brackets', '['.repeat(100_000), 'line 1, column 100001'],
  ])('a malformed claims file (%s) says where', async (_name, text, where) => {
    const bad = join(dir, 'bad-claims.json');
    await writeFile(bad, text);
    const run = await cli`sign --profile ${profile} --claims ${bad}`;
    expect(run.stderr).toBe(
      `jitsi-jwt sign: The claims file ${bad} is not valid JSON at ${where}: check the quotes, commas and brackets there.\n`,
    );
  });
});

describe('files keygen writes', () => {
  it('--force over a 644 private key leaves it 600, and replaces the file instead of writing into it', async () => {
    const out = join(dir, 'force');
    await mkdir(out);
    const old = join(out, 'private-key.pem');
    await writeFile(old, 'old');
    await chmod(old, 0o644);
    const before = await stat(old);
    const run = await cli`keygen --kid k1 --out ${out} --force`;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const after = await stat(old);
    expect(after.mode & 0o777).toBe(0o600);
    expect(after.ino).not.toBe(before.ino);
    expect(await readFile(old, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  });

  it('--force refuses a private-key.pem that is a symbolic link, and leaves its target alone', async () => {
    const out = join(dir, 'link');
    await mkdir(out);
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    await symlink(victim, join(out, 'private-key.pem'));
    const run = await cli`keygen --kid k1 --out ${out} --force`;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `jitsi-jwt keygen: ${join(out, 'private-key.pem')} is a symbolic link; the command line does not write through links. Remove it or write elsewhere.\n`,
    );
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect((await lstat(join(out, 'private-key.pem'))).isSymbolicLink()).toBe(true);
  });

  it('without --force, a dangling link at private-key.pem still counts as an existing key', async () => {
    const out = join(dir, 'dangling');
    await mkdir(out);
    await symlink(join(dir, 'nowhere.pem'), join(out, 'private-key.pem'));
    const run = await cli`keygen --kid k1 --out ${out}`;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('exists; keygen will not overwrite a private key');
  });

  it('refuses an output file that is a FIFO instead of hanging', async () => {
    const out = join(dir, 'fifo-out');
    await mkdir(out);
    mkfifo(join(out, 'jwks.json'));
    await writeFile(join(out, 'private-key.pem'), 'the old key');
    const run = await cli`keygen --kid k1 --out ${out} --force`;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `jitsi-jwt keygen: ${join(out, 'jwks.json')} is a named pipe (FIFO), not a regular file; the command line will not write to it.\n`,
    );
    // Refused before anything was written: the old key stays.
    expect(await readFile(join(out, 'private-key.pem'), 'utf8')).toBe('the old key');
  });

  it('refuses an asap folder that is a symbolic link', async () => {
    const out = join(dir, 'asap-link');
    await mkdir(out);
    await mkdir(join(dir, 'elsewhere'));
    await symlink(join(dir, 'elsewhere'), join(out, 'asap'));
    const run = await cli`keygen --kid k1 --out ${out}`;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `jitsi-jwt keygen: ${join(out, 'asap')} is a symbolic link; the command line does not write through links. Remove it or write elsewhere.\n`,
    );
  });
});

describe('key server answers', () => {
  let server: Server;
  let base: string;
  let rsProfile: string;
  let token: string;

  beforeAll(async () => {
    const keys = join(dir, 'server-keys');
    expect((await cli`keygen --kid k1 --out ${keys}`).code).toBe(0);
    server = createServer((request, response) => {
      if (request.url?.startsWith('/endless/')) {
        response.writeHead(200, { 'content-type': 'application/x-pem-file' });
        const chunk = Buffer.alloc(64 * 1024, 'A');
        const pump = () => {
          while (response.write(chunk)) {}
          response.once('drain', pump);
        };
        response.on('close', () => response.removeAllListeners('drain'));
        pump();
      } else if (request.url?.startsWith('/silent/')) {
        response.writeHead(200);
        response.write('-----BEGIN PUBLIC KEY-----\n');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    rsProfile = join(dir, 'endless.json');
    await writeFile(
      rsProfile,
      JSON.stringify({ app_id: 'my_app', asap_key_server: `${base}/endless` }),
    );
    const signed = await cli`sign --profile ${rsProfile} --key ${join(keys, 'private-key.pem')}
      --kid k1 --at ${AT} --force`;
    token = signed.stdout.trim();
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('an endless key file is read up to 64 kB, then refused', async () => {
    const run = await cli`inspect ${token} --profile ${rsProfile} --url ${URL} --at ${AT}`;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `is larger than 64 kB, so it was not read to the end: a public key file is under 2 kB.`,
    );
  });

  it('a key server that starts an answer and stops is given up after --timeout', async () => {
    const silent = join(dir, 'silent.json');
    await writeFile(
      silent,
      JSON.stringify({ app_id: 'my_app', asap_key_server: `${base}/silent` }),
    );
    const run = await cli`inspect ${token} --profile ${silent} --url ${URL} --at ${AT}
      --timeout 300`;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('(no answer within 300 ms)');
  });
});
