import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { MAX_TOKEN_LENGTH } from '../core/decode-token.ts';

/** The command line's side effects, in one place so commands stay plain functions. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readText: (path: string) => Promise<string>;
  readStdin: () => Promise<string>;
  writeText: (path: string, text: string, mode?: number) => Promise<void>;
  makeDir: (path: string) => Promise<void>;
  exists: (path: string) => Promise<boolean>;
  env: (name: string) => string | undefined;
  now: () => number;
  fetch: typeof fetch;
}

async function readAllStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new UsageError(
      'No token: give it as an argument, or pipe it in (echo "$TOKEN" | jitsi-jwt inspect - ...).',
    );
  }
  // One byte past the core's limit is enough to be judged too large; stop reading there.
  const limit = MAX_TOKEN_LENGTH + 1;
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(bytes);
    length += bytes.length;
    if (length >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

export function nodeIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readText: (path) => readFile(path, 'utf8'),
    readStdin: readAllStdin,
    writeText: (path, text, mode) =>
      writeFile(path, text, mode === undefined ? 'utf8' : { encoding: 'utf8', mode }),
    makeDir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    exists: async (path) => {
      try {
        await readFile(path);
        return true;
      } catch {
        return false;
      }
    },
    env: (name) => process.env[name],
    now: () => Math.floor(Date.now() / 1000),
    fetch: globalThis.fetch,
  };
}

/** Exit statuses: 0 accepted / done, 1 the server would refuse, 2 unusable input. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export class UsageError extends Error {}
