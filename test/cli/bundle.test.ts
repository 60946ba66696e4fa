// The built command line as users get it: this file builds the bundle once into dist-cli/ (the
// package's bin) and runs a copy of it, in a folder with no node_modules, as a few real processes.
import { execFileSync, spawn } from 'node:child_process';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CliRun, commandLine, folderWithHsProfile } from './run-cli.ts';

vi.setConfig({ testTimeout: 20_000, hookTimeout: 60_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));
const AT = '1800000000';
const MEETING = 'https://meet.example.com/Team';
let dir: string;
let bundle: string;
let profile: string;

beforeAll(async () => {
  ({ dir, profile } = await folderWithHsProfile('bundle'));
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts'],
    { cwd: root, stdio: 'ignore' },
  );
  bundle = join(dir, 'jitsi-jwt.js');
  await copyFile(join(root, 'dist-cli/jitsi-jwt.js'), bundle);
});

/** Runs the bundle as a program (its shebang picks node), with an empty environment. */
function runBundle(args: string[], { input = '' }: { input?: string }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(bundle, args, { env: { PATH: process.env.PATH ?? '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.stdin.on('error', () => {});
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** The bundle as `cli` runs `main()`: `await built\`sign --profile ${profile}\``. */
const built = commandLine(runBundle, {});

describe('the built jitsi-jwt', () => {
  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await built`--version`).toEqual({
      code: 0,
      stdout: `jitsi-jwt ${version}\n`,
      stderr: '',
    });
  });

  it('is an executable script that finds node through its shebang', async () => {
    expect((await readFile(bundle, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect((await stat(join(root, 'dist-cli/jitsi-jwt.js'))).mode & 0o111).toBe(0o111);
  });

  it('signs, then judges the token read from standard input: exit 0, then 1 when expired', async () => {
    const signed = await built`sign --profile ${profile} --url ${MEETING} --at ${AT}`;
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    const accepted = await built.with({ input: signed.stdout })`inspect - --profile ${profile}
      --url ${MEETING} --at ${AT}`;
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/^Login: ACCEPTED\nJoin: {2}ACCEPTED\n/);
    const expired = await built`inspect ${signed.stdout.trim()} --profile ${profile}
      --url ${MEETING} --at 1800003600`;
    expect(expired.code).toBe(1);
    expect(expired.stdout).toMatch(/^Login: REFUSED: Not acceptable by exp \(0 sec since expired/);
  });

  it('exits 2 at once for a FIFO as --profile', async () => {
    const fifo = join(dir, 'profile.fifo');
    execFileSync('mkfifo', [fifo]);
    const result = await built`inspect a.b.c --profile ${fifo} --url ${MEETING}`;
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `jitsi-jwt inspect: The profile file ${fifo} is a named pipe (FIFO), not a regular file.\n`,
    );
  });
});

describe('the built jitsi-jwt probe', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((_request, response) => response.writeHead(404).end('not found'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('runs its bundled WebSocket and XMPP clients: a 404 instead of an upgrade is exit 3', async () => {
    const websocket = `ws://127.0.0.1:${port}/xmpp-websocket`;
    const result = await built`probe https://meet.test/room --token a.b.c --websocket ${websocket}
      --xmpp-domain meet.jitsi --muc-domain muc.meet.jitsi`;
    expect(result.code).toBe(3);
    expect(result.stdout + result.stderr).toContain(
      `Could not ask the server (connect): ${websocket}?room=room&token=… answered HTTP 404 instead of opening an XMPP WebSocket.`,
    );
  });
});

describe('the package', () => {
  it('ships the bundle as its bin, the command-line guide and nothing else', async () => {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as { files: { path: string }[] }[];
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      dependencies?: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ 'jitsi-jwt': 'dist-cli/jitsi-jwt.js' });
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(packed[0]?.files.map((file) => file.path).sort()).toEqual(
      ['README.md', 'dist-cli/jitsi-jwt.js', 'docs/command-line.md', 'package.json'].sort(),
    );
  });
});
