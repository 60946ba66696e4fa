/**
 * A bad field found by `validateConfig`, as a code. The words (what is wrong, how to fix it) live
 * in explain-config-issue.ts, which is fetched only when a config is wrong.
 */
export type ConfigIssueCode =
  | 'not-object'
  | 'unknown-key'
  | 'mode-missing'
  | 'mode-invalid'
  | 'domains-empty'
  | 'domain-not-string'
  | 'domain-scheme'
  | 'domain-path'
  | 'domain-uppercase'
  | 'domain-invalid'
  | 'domain-port'
  | 'domain-duplicate'
  | 'tenant-invalid'
  | 'endpoint-missing'
  | 'endpoint-not-object'
  | 'endpoint-url-missing'
  | 'endpoint-url-scheme'
  | 'endpoint-url-invalid'
  | 'endpoint-url-credentials'
  | 'endpoint-method'
  | 'endpoint-credentials'
  | 'endpoint-timeout'
  | 'endpoint-retries'
  | 'endpoint-unknown-key'
  | 'debug-panel-type'
  | 'script-timeout'
  | 'overwrite-not-object'
  | 'server-not-object'
  | 'server-secret'
  | 'server-string'
  | 'server-list'
  | 'server-flag'
  | 'server-algorithm'
  | 'server-unknown-key'
  | 'display-name-mode'
  | 'auto-join-type'
  | 'brand-not-object'
  | 'brand-title'
  | 'brand-logo-url'
  | 'brand-accent-color'
  | 'brand-accent-contrast'
  | 'support-not-object'
  | 'support-text'
  | 'support-url'
  | 'join-page-unknown-key'
  | 'too-many-issues'
  | 'lang-invalid'
  | 'embed-not-object'
  | 'embed-unknown-key'
  | 'embed-origins-not-list'
  | 'embed-origin-not-string'
  | 'embed-origin-wildcard'
  | 'embed-origin-invalid'
  | 'embed-origin-not-exact'
  | 'embed-origin-duplicate';

export interface ConfigIssue {
  /** The field's path: `domains[1]`, `endpoint.url`, `server.app_secret`. */
  field: string;
  code: ConfigIssueCode;
  /** The offending value or key, as text, where it helps the message. */
  value?: string;
}
