import { oneLineJson } from '../format-json.ts';
import type { Check, CheckStage, CheckStatus } from '../types.ts';

export interface CheckExtras {
  serverReason?: string | undefined;
  fix?: string | undefined;
  claim?: string | undefined;
}

/** Builds a Check, leaving out absent optional fields (exactOptionalPropertyTypes). */
export function makeCheck(
  id: string,
  stage: CheckStage,
  status: CheckStatus,
  title: string,
  message: string,
  extras: CheckExtras = {},
): Check {
  const check: Check = { id, stage, status, title, message };
  if (extras.serverReason !== undefined) check.serverReason = extras.serverReason;
  if (extras.fix !== undefined) check.fix = extras.fix;
  if (extras.claim !== undefined) check.claim = extras.claim;
  return check;
}

/** Shows a claim value in a message: JSON, shortened (and safe at any nesting). */
export function show(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = oneLineJson(value, { maxDepth: 8, maxChars: 81 });
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
