import { parseProfile } from '../core/parse-profile.ts';
import type { ServerProfile } from '../core/types.ts';
import { type CliIo, UsageError } from './io.ts';

export async function readJsonFile(io: CliIo, path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new UsageError(
      `Cannot read the ${what} file ${path}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `The ${what} file ${path} is not valid JSON: ${error instanceof Error ? error.message : ''}`,
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
