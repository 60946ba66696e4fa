import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYGEN_HELP } from '../../src/cli/keygen-command.ts';
import { asapFileName } from '../../src/core/keys/asap-file-name.ts';
import { presetById } from '../../src/core/presets.ts';
import { serverSetup } from '../../src/core/server-setup.ts';

// happy-dom gives import.meta.url a non-file scheme here: resolve from the working folder.
const root = process.cwd();
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('docs/local-mode.md', () => {
  const localMode = read('docs/local-mode.md');

  it('gives the .env lines the Server setup tab writes for the default profile', () => {
    const block = /Put these lines in docker-jitsi-meet's `\.env`[\s\S]*?```sh\n([\s\S]*?)```/.exec(
      localMode,
    )?.[1];
    const written = serverSetup(
      {
        ...presetById('docker-asap').profile,
        asap_key_server: 'http://host.docker.internal:5173/asap',
      },
      { publicUrl: 'https://localhost:8443' },
    ).dockerEnv;
    const lines = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    expect(block).toBeDefined();
    expect(lines(block ?? '')).toEqual(lines(written));
  });

  it('names the key file as the lab and the dev server do', async () => {
    const file = await asapFileName('dev-launcher/key-1');
    expect(localMode).toContain(`curl http://localhost:5173/asap/${file}`);
    expect(localMode).toContain(`"Download ${file.slice(0, 12)}….pem"`);
  });
});

describe('docs/command-line.md', () => {
  it('shows keygen with every option its help lists', () => {
    const usage = KEYGEN_HELP.split('\n')[0]?.replace('Usage: jitsi-jwt ', '') ?? '';
    expect(usage).toBe('keygen --kid KID --out DIR [--bits 2048] [--force]');
    expect(read('docs/command-line.md')).toContain(`**\`${usage}\`**`);
  });
});

describe('docs/benchmarks.md', () => {
  it('describes every benchmark file', () => {
    const benches = readdirSync(join(root, 'test/bench')).filter((name) =>
      name.endsWith('.bench.ts'),
    );
    expect(benches).toContain('core.bench.ts');
    const text = read('docs/benchmarks.md');
    for (const name of benches) expect(text).toContain(`\`${name}\``);
  });
});

describe('CONTRIBUTING.md', () => {
  it('names every test folder', () => {
    const folders = readdirSync(join(root, 'test'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => `test/${entry.name}`);
    const text = read('CONTRIBUTING.md');
    for (const folder of folders) expect(text).toContain(`\`${folder}`);
  });
});
