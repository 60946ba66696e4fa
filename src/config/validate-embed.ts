import { isJsonObject } from '../core/json-guards.ts';
import type { ConfigIssueCode } from './config-issue.ts';
import type { EmbedConfig } from './launcher-config.ts';

export const EMBED_KEYS = ['parentOrigins'];

type Report = (field: string, code: ConfigIssueCode, value?: string) => void;

/**
 * Why `value` is not an origin exactly as a browser reports it (`https://intranet.example.com`,
 * `http://localhost:8080`), or undefined when it is one. `exact` is the origin it names, when
 * it names one: the fix to suggest.
 */
export function parentOriginIssue(
  value: string,
): { code: ConfigIssueCode; exact?: string } | undefined {
  if (value.includes('*')) return { code: 'embed-origin-wildcard' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { code: 'embed-origin-invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { code: 'embed-origin-invalid' };
  return url.origin === value ? undefined : { code: 'embed-origin-not-exact', exact: url.origin };
}

/** `embed`: the pages allowed to frame the launcher. Absent: none. */
export function validateEmbed(value: unknown, report: Report): EmbedConfig | undefined {
  if (value === undefined) return { parentOrigins: [] };
  if (!isJsonObject(value)) {
    report('embed', 'embed-not-object');
    return undefined;
  }
  let bad = false;
  const issue = (field: string, code: ConfigIssueCode, shown?: string) => {
    bad = true;
    report(field, code, shown);
  };
  for (const key of Object.keys(value)) {
    if (!EMBED_KEYS.includes(key)) issue(`embed.${key}`, 'embed-unknown-key', key);
  }
  const parentOrigins: string[] = [];
  const list = value.parentOrigins ?? [];
  if (!Array.isArray(list)) issue('embed.parentOrigins', 'embed-origins-not-list');
  else {
    list.forEach((entry: unknown, index: number) => {
      const field = `embed.parentOrigins[${index}]`;
      if (typeof entry !== 'string') {
        issue(field, 'embed-origin-not-string');
        return;
      }
      const problem = parentOriginIssue(entry);
      if (problem !== undefined) issue(field, problem.code, problem.exact ?? entry);
      else if (parentOrigins.includes(entry)) issue(field, 'embed-origin-duplicate', entry);
      else parentOrigins.push(entry);
    });
  }
  return bad ? undefined : { parentOrigins };
}
