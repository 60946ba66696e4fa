import type { Result } from '../core/types.ts';
import type { ConfigError, ConfigProblem, LauncherConfig } from './launcher-config.ts';
import { validateConfig } from './validate-config.ts';

/** Where the runtime config lives, beside index.html (the app is deployed under any path). */
export const CONFIG_URL = './config.json';

function fail(error: ConfigError): Result<LauncherConfig, ConfigError> {
  return { ok: false, error };
}

/**
 * Reads and validates the runtime config. Never throws: a missing file, a network failure,
 * bad JSON and bad fields each come back as their own error kind, bad fields with their fixes.
 */
export async function loadConfig(
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
  url: string = CONFIG_URL,
): Promise<Result<LauncherConfig, ConfigError>> {
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, { cache: 'no-store', credentials: 'same-origin' });
    text = await response.text();
  } catch {
    return fail({ kind: 'config-unreachable', url });
  }
  if (!response.ok) return fail({ kind: 'config-missing', url, status: response.status });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail({ kind: 'config-not-json', url });
  }
  const validated = validateConfig(parsed);
  if (validated.ok) return validated;
  let problems: ConfigProblem[];
  try {
    // The words for each bad field are fetched only when there is one.
    const { explainConfigIssue } = await import('./explain-config-issue.ts');
    problems = validated.error.map(explainConfigIssue);
  } catch {
    return fail({ kind: 'config-unreachable', url });
  }
  const unlisted = validated.error.find((issue) => issue.code === 'too-many-issues')?.value;
  const total = validated.error.length - 1 + Number(unlisted ?? 1);
  return fail({ kind: 'config-invalid', url, problems, total });
}
