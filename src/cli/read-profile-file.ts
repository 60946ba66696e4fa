import { parseProfile } from '../core/parse-profile.ts';
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
  const text = await readUserFile(io, path, what);
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

export async function readProfileFile(io: CliIo, path: string | undefined): Promise<ServerProfile> {
  if (!path)
    throw new UsageError(
      '--profile FILE.json is required: the server settings, e.g. {"app_id": "my_app", "app_secret": "…", "muc_mapper_domain_base": "meet.jitsi"}.',
    );
  const parsed = parseProfile(await readJsonFile(io, path, 'profile'));
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error.message}`);
  return parsed.value;
}
