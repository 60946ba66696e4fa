import type { ConfigIssue } from '../../../src/config/config-issue.ts';
import { validateConfig } from '../../../src/config/validate-config.ts';

/** The issues validateConfig finds in `input`; a config it accepts fails the test. */
export function refusedIssues(input: unknown): ConfigIssue[] {
  const result = validateConfig(input);
  if (result.ok) throw new Error('expected the config to be refused');
  return result.error;
}
