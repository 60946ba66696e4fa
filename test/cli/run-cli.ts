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
