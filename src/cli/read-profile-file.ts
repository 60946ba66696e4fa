import { parseProfile } from '../core/parse-profile.ts';
import { profileFromDockerEnv } from '../core/profile-from-docker-env.ts';
import type { ServerProfile } from '../core/types.ts';
import { FileRefusal } from './files.ts';
import { type CliIo, UsageError } from './io.ts';
import { jsonErrorOffset, lineAndColumn } from './json-error-position.ts';

/** Reads a file the user named; every failure becomes a UsageError naming the file. */
export async function readUserFile(io: CliIo, path: string, what: string): Promise<string> {
  try {
    return await io.readText(path);
  } catch (error) {
    if (error instanceof FileRefusal) throw new UsageError(`The ${what} file ${error.message}`);
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new UsageError(
      `Cannot read the ${what} file ${path}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}.`,
    );
  }
}

export async function readJsonFile(io: CliIo, path: string, what: string): Promise<unknown> {
  return parseJsonText(await readUserFile(io, path, what), path, what);
}

function parseJsonText(text: string, path: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the error, which can be a secret: say where.
    const offset = jsonErrorOffset(text);
    const at = offset === undefined ? undefined : lineAndColumn(text, offset);
    const where = at === undefined ? '' : ` at line ${at.line}, column ${at.column}`;
    throw new UsageError(
      `The ${what} file ${path} is not valid JSON${where}: check the quotes, commas and brackets there.`,
    );
  }
}

/** A docker compose `.env` rather than JSON: named so, or `NAME=value` lines. */
function looksLikeEnvFile(path: string, text: string): boolean {
  if (/(^|[\\/])[^\\/]*\.env$|(^|[\\/])\.env(\.[^\\/]*)?$/.test(path)) return true;
  return !text.trimStart().startsWith('{') && /^\s*(export\s+)?[A-Za-z_]\w*=/m.test(text);
}

/**
 * The server profile from `--profile`: JSON with prosody's names, or docker-jitsi-meet's `.env`
 * (its JWT_APP_SECRET becomes app_secret; its warnings go to stderr).
 */
export async function readProfileFile(io: CliIo, path: string | undefined): Promise<ServerProfile> {
  if (!path)
    throw new UsageError(
      '--profile FILE is required: the server settings as JSON, e.g. {"app_id": "my_app", "app_secret": "…", "muc_mapper_domain_base": "meet.jitsi"}, or docker-jitsi-meet\'s .env.',
    );
  const text = await readUserFile(io, path, 'profile');
  if (looksLikeEnvFile(path, text)) {
    const read = profileFromDockerEnv(text);
    for (const note of read.notes) {
      if (note.level === 'warning') io.err(`warning: ${path}: ${note.message}\n`);
    }
    return read.secret === undefined ? read.profile : { ...read.profile, app_secret: read.secret };
  }
  const parsed = parseProfile(parseJsonText(text, path, 'profile'));
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error.message}`);
  return parsed.value;
}
