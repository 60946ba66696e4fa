import type { ConfigError } from '../../config/launcher-config.ts';

/** One sentence on what went wrong with the config file as a whole. */
export function describeConfigError(error: ConfigError): string {
  switch (error.kind) {
    case 'config-missing':
      return `${error.url} answered ${error.status}: the runtime config is missing. Put config.json beside index.html (see "Configuration" in the README).`;
    case 'config-unreachable':
      return `The launcher could not read ${error.url} or load its own code: the server did not answer. Reload the page.`;
    case 'config-timeout':
      return `${error.url} did not arrive within ${error.timeoutMs / 1000} s: the web server that hosts the launcher is not answering. Try again in a moment.`;
    case 'config-too-large':
      return `${error.url} is larger than ${error.limitBytes / 1024 / 1024} MiB, so it is not the launcher's config and was not read. Put the launcher's config.json (a few kB) beside index.html.`;
    case 'config-not-json':
      return `${error.url} is not valid JSON. Look for a missing comma or quote, or a comment (JSON has none).`;
    case 'config-invalid': {
      const count = error.total;
      return `${error.url} has ${count === 1 ? 'a problem' : `${count.toLocaleString('en')} problems`} to fix.`;
    }
  }
}

/** The runtime config could not be used: every bad field with its fix. */
export function ConfigErrorScreen({
  error,
  onRetry,
}: {
  error: ConfigError;
  onRetry?: () => void;
}) {
  return (
    <main class="config-error">
      <h1>The launcher is not configured correctly</h1>
      <p role="alert">{describeConfigError(error)}</p>
      {error.kind === 'config-invalid' ? (
        <table class="config-error__problems">
          <caption>Fields to fix in {error.url}</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Problem</th>
              <th scope="col">Fix</th>
            </tr>
          </thead>
          <tbody>
            {error.problems.map((problem) => (
              <tr key={`${problem.field}:${problem.message}`}>
                <th scope="row">
                  <code>{problem.field}</code>
                </th>
                <td>{problem.message}</td>
                <td>{problem.fix}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {onRetry === undefined ? null : (
        <button type="button" class="button" onClick={onRetry}>
          Try again
        </button>
      )}
      <p>
        The operator of this site edits <code>config.json</code> beside <code>index.html</code>; no
        rebuild is needed. Reload this page after the change.
      </p>
    </main>
  );
}
