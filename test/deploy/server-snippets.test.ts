import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The snippets in docs/headers, checked by the servers themselves where they are installed
// (Debian: apt-get install nginx caddy).
const NGINX = '/usr/sbin/nginx';
const CADDY = '/usr/bin/caddy';
const work = mkdtempSync(join(tmpdir(), 'launcher-snippets-'));
const docs = resolve('docs/headers');

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOME: work, XDG_DATA_HOME: work, XDG_CONFIG_HOME: work },
    });
  } catch (error) {
    return `FAILED ${String(Reflect.get(Object(error), 'stderr') ?? '')}${String(Reflect.get(Object(error), 'stdout') ?? '')}`;
  }
}

describe('the server snippets in docs/headers', () => {
  it.skipIf(!existsSync(NGINX))('nginx -t accepts nginx.conf inside a server block', () => {
    mkdirSync(join(work, 'nginx'), { recursive: true });
    const config = join(work, 'nginx', 'nginx.conf');
    writeFileSync(
      config,
      `pid ${work}/nginx.pid;\nerror_log ${work}/nginx-error.log;\nevents {}\nhttp {\n  server {\n    listen 127.0.0.1:8;\n    root ${work};\n    include ${docs}/nginx.conf;\n  }\n}\n`,
    );
    expect(run(NGINX, ['-t', '-q', '-c', config, '-p', join(work, 'nginx')])).toBe('');
  });

  it.skipIf(!existsSync(CADDY))('caddy validate accepts Caddyfile inside a site block', () => {
    const config = join(work, 'Caddyfile');
    writeFileSync(
      config,
      `{\n  admin off\n  auto_https off\n}\nhttp://127.0.0.1:8 {\n  root * ${work}\n  import ${docs}/Caddyfile\n}\n`,
    );
    expect(run(CADDY, ['validate', '--config', config, '--adapter', 'caddyfile'])).toContain(
      'Valid configuration',
    );
  });
});
