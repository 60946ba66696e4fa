import type { Readable } from 'node:stream';
import { MAX_TOKEN_LENGTH } from '../core/decode-token.ts';
import { checkTarget, fileExists, makeDir, readTextFile, writeFileAtomic } from './files.ts';
import { terminalSafe } from './terminal-safe.ts';

/** The command line's side effects, in one place so commands stay plain functions. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readText: (path: string) => Promise<string>;
  readStdin: () => Promise<string>;
  writeText: (path: string, text: string, mode?: number) => Promise<void>;
  makeDir: (path: string) => Promise<void>;
  /** Throws a FileRefusal for a link, or for anything but a regular file (or folder). */
  checkTarget: (path: string, kind: 'file' | 'folder') => Promise<void>;
  exists: (path: string) => Promise<boolean>;
  env: (name: string) => string | undefined;
  now: () => number;
  fetch: typeof fetch;
}

/** What the command line runs on: the process's own streams and environment, or a test's. */
export interface CliStreams {
  stdin: Readable & { isTTY?: boolean };
  stdout: { write: (text: string) => unknown };
  stderr: { write: (text: string) => unknown };
  env: Record<string, string | undefined>;
  /** Milliseconds since the epoch. */
  clock: () => number;
  fetch: typeof fetch;
}

async function readLimitedStdin(stdin: CliStreams['stdin']): Promise<string> {
  if (stdin.isTTY) {
    throw new UsageError(
      'No token: give it as an argument, or pipe it in (echo "$TOKEN" | jitsi-jwt inspect - ...).',
    );
  }
  // One byte past the core's limit is enough to be judged too large; stop reading there.
  const limit = MAX_TOKEN_LENGTH + 1;
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stdin) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(bytes);
    length += bytes.length;
    if (length >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

/** The side effects on real files and the network; streams, environment and clock as given. */
export function nodeIo(streams: CliStreams = processStreams()): CliIo {
  return {
    // Everything printed passes through terminalSafe: text from a token, a file or a server can
    // hold escape sequences that would rewrite the screen.
    out: (text) => {
      streams.stdout.write(terminalSafe(text));
    },
    err: (text) => {
      streams.stderr.write(terminalSafe(text));
    },
    readText: readTextFile,
    readStdin: () => readLimitedStdin(streams.stdin),
    writeText: writeFileAtomic,
    makeDir,
    checkTarget,
    exists: fileExists,
    env: (name) => streams.env[name],
    now: () => Math.floor(streams.clock() / 1000),
    fetch: streams.fetch,
  };
}

function processStreams(): CliStreams {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    clock: Date.now,
    fetch: globalThis.fetch,
  };
}

/**
 * Exit statuses: 0 accepted / done, 1 the server (would) refuse, 2 unusable input, 3 the server
 * could not be asked (probe).
 */
export const EXIT = { ok: 0, refused: 1, usage: 2, unreachable: 3 } as const;

export class UsageError extends Error {}
