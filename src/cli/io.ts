import { mkdir, readFile, writeFile } from 'node:fs/promises';

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
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
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
