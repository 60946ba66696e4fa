import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { nodeIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `jitsi-jwt` in this process: real files and network, with standard input, output and
 * the environment given here (an empty environment unless `env` is set).
 */
export async function runCli(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = nodeIo({
    stdin: Readable.from([Buffer.from(options.input ?? '')]),
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: (text) => (stderr += text) },
    env: { ...options.env },
    clock: Date.now,
    fetch: globalThis.fetch,
  });
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder holding `hs.json`, the HS256 profile most CLI tests sign and judge with. */
export async function folderWithHsProfile(name: string): Promise<{ dir: string; profile: string }> {
  const dir = await mkdtemp(join(tmpdir(), `jitsi-jwt-${name}-`));
  const profile = join(dir, 'hs.json');
  await writeFile(
    profile,
    JSON.stringify({
      app_id: 'my_app',
      app_secret: 's3cret',
      muc_mapper_domain_base: 'meet.jitsi',
    }),
  );
  return { dir, profile };
}
