import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import {
  ConfigErrorScreen,
  describeConfigError,
} from '../../src/screens/config-error/config-error-screen.tsx';

afterEach(cleanup);

describe('ConfigErrorScreen', () => {
  it('lists each bad field with its problem and fix', () => {
    render(
      <ConfigErrorScreen
        error={{
          kind: 'config-invalid',
          url: './config.json',
          total: 2,
          problems: [
            {
              field: 'domains[0]',
              message: '"https://x" has a scheme.',
              fix: 'Write only the host name.',
            },
            {
              field: 'endpoint',
              message: 'mode "endpoint" needs an endpoint.',
              fix: 'Add "endpoint".',
            },
          ],
        }}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'This page is not set up correctly',
    );
    expect(screen.getByRole('alert').textContent).toBe(
      "Joining cannot work until it is fixed: send this page's address to the site's administrator.",
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      "For the site's administrator",
    );
    expect(screen.getByText('./config.json has 2 problems to fix.')).toBeTruthy();
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['domains[0]', '"https://x" has a scheme.', 'Write only the host name.'],
      ['endpoint', 'mode "endpoint" needs an endpoint.', 'Add "endpoint".'],
    ]);
  });

  it('has words for a missing file, an unreachable server and bad JSON', () => {
    expect(describeConfigError({ kind: 'config-missing', url: './config.json', status: 404 })).toBe(
      './config.json answered 404: the runtime config is missing. Put config.json beside index.html (see "Configuration" in the README).',
    );
    expect(describeConfigError({ kind: 'config-unreachable', url: './config.json' })).toBe(
      'The launcher could not read ./config.json or load its own code: the server did not answer. Reload the page.',
    );
    expect(describeConfigError({ kind: 'config-not-json', url: './config.json' })).toBe(
      './config.json is not valid JSON. Look for a missing comma or quote, or a comment (JSON has none).',
    );
    expect(
      describeConfigError({
        kind: 'config-invalid',
        url: 'c.json',
        total: 1,
        problems: [{ field: 'a', message: 'b', fix: 'c' }],
      }),
    ).toBe('c.json has a problem to fix.');
  });

  it('shows a config of 200,000 unknown keys as 50 rows and a count, at once', async () => {
    const input: Record<string, unknown> = { mode: 'local', domains: ['meet.example.com'] };
    for (let i = 0; i < 200_000; i += 1) input[`unknown${i}`] = i;
    const body = JSON.stringify(input);
    const result = await loadConfig(async () => new Response(body), './config.json');
    if (result.ok) throw new Error('expected the config to be refused');
    render(<ConfigErrorScreen error={result.error} />);
    expect(screen.getByText('./config.json has 200,000 problems to fix.')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(51);
    expect([...(rows[50]?.children ?? [])].map((cell) => cell.textContent)).toEqual([
      '(file)',
      '199,950 more problems are not listed.',
      "Fix the ones above and reload: a file with this many problems is probably not the launcher's config.json.",
    ]);
  });

  it('says when config.json never came, and Try again reads it again', () => {
    let retried = 0;
    render(
      <ConfigErrorScreen
        error={{ kind: 'config-timeout', url: './config.json', timeoutMs: 10_000 }}
        onRetry={() => {
          retried += 1;
        }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'The page could not load what it needs: check your connection, then select Try again.',
    );
    expect(
      screen.getByText(
        './config.json did not arrive within 10 s: the web server that hosts the launcher is not answering. Try again in a moment.',
      ),
    ).toBeTruthy();
    // The way forward comes right after the sentence, as the primary button.
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry.className).toBe('button button--primary');
    expect(retry.previousElementSibling?.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(retry);
    fireEvent.click(retry);
    expect(retried).toBe(1);
    expect(
      describeConfigError({ kind: 'config-too-large', url: 'c.json', limitBytes: 8 * 1024 * 1024 }),
    ).toBe(
      "c.json is larger than 8 MiB, so it is not the launcher's config and was not read. Put the launcher's config.json (a few kB) beside index.html.",
    );
  });
});
