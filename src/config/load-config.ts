import type { Result } from '../core/types.ts';
import type { ConfigError, LauncherConfig } from './launcher-config.ts';
import { validateConfig } from './validate-config.ts';

/** Where the runtime config lives, beside index.html (the app is deployed under any path). */
export const CONFIG_URL = './config.json';

/**
 * Reads and validates the runtime config. Never throws: a missing file, a network failure,
 * bad JSON and bad fields each come back as their own error kind.
 */
export async function loadConfig(
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
  url: string = CONFIG_URL,
): Promise<Result<LauncherConfig, ConfigError>> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store', credentials: 'same-origin' });
  } catch {
    return {
      ok: false,
      error: {
        kind: 'config-unreachable',
        url,
        message: `The launcher could not read ${url}: the server did not answer.`,
      },
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      error: {
        kind: 'config-missing',
        url,
        status: response.status,
        message: `${url} answered ${response.status}: the runtime config is missing. Put config.json beside index.html (see "Configuration" in the README).`,
      },
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await response.text());
  } catch {
    return {
      ok: false,
      error: {
        kind: 'config-not-json',
        url,
        message: `${url} is not valid JSON. Check for a missing comma or quote, or a comment (JSON has none).`,
      },
    };
  }
  const validated = validateConfig(parsed);
  if (!validated.ok) {
    const count = validated.error.length;
    return {
      ok: false,
      error: {
        kind: 'config-invalid',
        url,
        problems: validated.error,
        message: `${url} has ${count === 1 ? 'a problem' : `${count} problems`} to fix.`,
      },
    };
  }
  return validated;
}
