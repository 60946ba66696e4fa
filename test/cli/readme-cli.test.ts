import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { KEYGEN_HELP } from '../../src/cli/keygen-command.ts';

const root = new URL('../../', import.meta.url);

async function section(heading: string): Promise<string> {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const start = readme.indexOf(`\n## ${heading}`);
  expect(start).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README: the command line, benchmarks and development sections tell the truth', () => {
  it('shows keygen with every option its help lists', async () => {
    const usage = KEYGEN_HELP.split('\n')[0]?.replace('Usage: jitsi-jwt ', '') ?? '';
    expect(usage).toBe('keygen --kid KID --out DIR [--bits 2048] [--force]');
    expect(await section('Command line')).toContain(`**\`${usage}\`**`);
  });

  it('does not claim that every command takes --profile (keygen takes none)', async () => {
    const text = await section('Command line');
    expect(text).not.toContain('Every command takes `--profile');
    expect(text).toContain('`inspect` and `sign` take `--profile FILE.json`');
  });

  it('describes every benchmark file, and says only the join bench needs Chromium', async () => {
    const benches = (await readdir(new URL('test/bench/', root))).filter((name) =>
      name.endsWith('.bench.ts'),
    );
    expect(benches).toContain('core.bench.ts');
    const text = await section('Benchmarks');
    for (const name of benches) expect(text).toContain(`\`${name}\``);
    expect(text).toContain('`npm run bench -- core`');
    expect(text).toContain('Only the join bench\nneeds Chromium.');
    expect(await section('Development')).not.toContain('# benchmarks (Chromium)');
  });

  it('names every test folder and the Vitest project that runs it', async () => {
    const folders = (await readdir(new URL('test/', root), { withFileTypes: true }))
      .filter(
        (entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'bench',
      )
      .map((entry) => `test/${entry.name}`);
    const text = (await section('Development')).replace(/\s+/g, ' ');
    for (const folder of folders) expect(text).toContain(`\`${folder}`);
    expect(text).toContain('`node` runs `test/core`');
    expect(text).toContain('`dom` (happy-dom) runs every other folder');
    expect(text).toContain('`browser` runs `test/e2e/`');
  });
});
