import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asapFileName } from '../../src/core/keys/asap-file-name.ts';
import { presetById } from '../../src/core/presets.ts';
import { serverSetup } from '../../src/core/server-setup.ts';

// happy-dom gives import.meta.url a non-file scheme here: resolve from the working folder.
const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const localMode = readme.slice(
  readme.indexOf('## Local mode: the token lab'),
  readme.indexOf('## Command line'),
);

describe("the README's Local mode section", () => {
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
