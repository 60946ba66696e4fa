import { explainConfigIssue } from '../config/explain-config-issue.ts';
import { validateConfig } from '../config/validate-config.ts';
import { parseJson } from '../core/json-guards.ts';
import type { Result } from '../core/types.ts';
import { deploymentHeaders } from './deployment-headers.ts';
import { formatHeaders, type HeaderFormat } from './server-snippets.ts';

/**
 * The launcher's response headers for the config.json text `configText`, in `format`, or the
 * reasons the config cannot be used (the same words the launcher's config screen gives).
 */
export function headersForConfig(
  configText: string,
  format: HeaderFormat,
  base = '/',
): Result<string, string> {
  const parsed = parseJson(configText);
  if (!parsed.ok) return { ok: false, error: 'config.json is not valid JSON.' };
  const config = validateConfig(parsed.value);
  if (!config.ok) {
    const lines = config.error
      .map(explainConfigIssue)
      .map((problem) => `${problem.field}: ${problem.message} ${problem.fix}`);
    return { ok: false, error: `config.json has problems to fix first:\n${lines.join('\n')}` };
  }
  return { ok: true, value: formatHeaders(deploymentHeaders(config.value), format, base) };
}
