import type { Result } from '../core/types.ts';
import { abortAfter } from '../lib/abort-after.ts';
import type { ConfigError, ConfigProblem, LauncherConfig } from './launcher-config.ts';

/** Where the runtime config lives, beside index.html (the app is deployed under any path). */
export const CONFIG_URL = './config.json';

/** How long config.json may take, body included: a server that never answers is said so. */
export const CONFIG_TIMEOUT_MS = 10_000;
/** A real config.json is a few kB; a larger answer is not the launcher's config and is not read. */
export const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

function fail(error: ConfigError): Result<LauncherConfig, ConfigError> {
  return { ok: false, error };
}

/**
 * Reads and validates the runtime config. Never throws: a missing file, a network failure,
 * bad JSON and bad fields each come back as their own error kind, bad fields with their fixes.
 * The code that reads and checks the file is not part of the join screen's JavaScript: it is
 * fetched alongside the file.
 */
export async function loadConfig(
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
  url: string = CONFIG_URL,
  timeoutMs: number = CONFIG_TIMEOUT_MS,
): Promise<Result<LauncherConfig, ConfigError>> {
  const limit = abortAfter(timeoutMs);
  const reader = import('./config-reader.ts');
  reader.catch(() => undefined);
  let response: Response;
  let text: string | undefined;
  try {
    response = await fetchImpl(url, {
      cache: 'no-store',
      credentials: 'same-origin',
      signal: limit.controller.signal,
    });
    const { readCappedText } = await reader;
    text = await readCappedText(response, MAX_CONFIG_BYTES);
  } catch {
    return fail(
      limit.timedOut()
        ? { kind: 'config-timeout', url, timeoutMs }
        : { kind: 'config-unreachable', url },
    );
  } finally {
    limit.clear();
  }
  if (!response.ok) return fail({ kind: 'config-missing', url, status: response.status });
  if (text === undefined)
    return fail({ kind: 'config-too-large', url, limitBytes: MAX_CONFIG_BYTES });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail({ kind: 'config-not-json', url });
  }
  let checks: typeof import('./config-reader.ts');
  try {
    checks = await reader;
  } catch {
    return fail({ kind: 'config-unreachable', url });
  }
  const validated = checks.validateConfig(parsed);
  if (validated.ok) return { ok: true, value: checks.resolveBrandLogo(validated.value, url) };
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
