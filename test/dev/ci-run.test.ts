import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Path arithmetic, not `new URL`: the dom project's URL is happy-dom's.
const CI_RUN = join(dirname(fileURLToPath(import.meta.url)), '../../.ci/run');

/** Runs .ci/run with a stand-in `node` that reports `version`; it must stop before installing. */
async function runWithNode(version: string) {
  const bin = await mkdtemp(join(tmpdir(), 'ci-run-node-'));
  await writeFile(join(bin, 'node'), `#!/bin/sh\necho ${version}\n`);
  await chmod(join(bin, 'node'), 0o755);
  return spawnSync('bash', [CI_RUN], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
    timeout: 20_000,
  });
}

describe('.ci/run', () => {
  it('is valid bash', () => {
    expect(spawnSync('bash', ['-n', CI_RUN], { encoding: 'utf8' }).status).toBe(0);
  });

  it.each(['v20.18.3', 'v18.20.4'])('stops with a clear message on Node %s', async (version) => {
    const run = await runWithNode(version);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `.ci/run: Node ${version} is too old: the launcher needs Node 20.19 or later (package.json "engines"). Install a newer Node and run again.\n`,
    );
  });
});
