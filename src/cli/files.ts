import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Largest file the command line reads: profiles, claims and keys are a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * A file the command line will not read or write, with the words to say why. `code` follows
 * Node's error codes where one fits, so callers handle both alike.
 */
export class FileRefusal extends Error {
  constructor(
    readonly code: 'ENOTREG' | 'ESYMLINK' | 'EFBIG',
    message: string,
  ) {
    super(message);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'a special file';
}

/**
 * Reads a regular file as UTF-8, at most MAX_FILE_BYTES. Opening without blocking and checking
 * the opened file means a FIFO or a device is refused at once instead of waiting for a writer
 * or reading for ever.
 */
export async function readTextFile(path: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile())
      throw new FileRefusal('ENOTREG', `${path} is ${kindOf(stats)}, not a regular file.`);
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_FILE_BYTES)
      throw new FileRefusal(
        'EFBIG',
        `${path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; this file should be a few kilobytes.`,
      );
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    // ENOTDIR: a parent is a file, so nothing can have this name.
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** True when something (even a dangling link) has this name. */
export async function fileExists(path: string): Promise<boolean> {
  return (await lstatOrUndefined(path)) !== undefined;
}

/**
 * Writes a file through a new file in the same folder renamed over the target, so an existing
 * file's mode is not kept (a private key is 600 even where a 644 file stood) and a symbolic link
 * at the name is never followed. A link, FIFO or folder at the name is refused.
 */
export async function writeFileAtomic(path: string, text: string, mode?: number): Promise<void> {
  await checkTarget(path, 'file');
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', mode ?? 0o666);
  try {
    // The umask can only take bits away; chmod makes a given mode exactly what was asked.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(text, 'utf8');
    await handle.close();
    await rename(temporary, path);
  } catch (error) {
    await handle.close().catch(() => {});
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

/**
 * Refuses a name the command line must not write to: a symbolic link (whatever it points at), or
 * anything but a regular file (a folder, for `folder`). A missing name is fine.
 */
export async function checkTarget(path: string, kind: 'file' | 'folder'): Promise<void> {
  const existing = await lstatOrUndefined(path);
  if (existing === undefined) return;
  if (existing.isSymbolicLink()) throw linkRefusal(path);
  if (kind === 'file' ? !existing.isFile() : !existing.isDirectory())
    throw new FileRefusal(
      'ENOTREG',
      `${path} is ${kindOf(existing)}, not a ${kind === 'file' ? 'regular file' : 'folder'}; the command line will not write to it.`,
    );
}

/** Makes a folder (and its parents); refuses when the name is a symbolic link. */
export async function makeDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true });
  const stats = await lstat(path);
  if (stats.isSymbolicLink()) throw linkRefusal(path);
}

function linkRefusal(path: string): FileRefusal {
  return new FileRefusal(
    'ESYMLINK',
    `${path} is a symbolic link; the command line does not write through links. Remove it or write elsewhere.`,
  );
}
