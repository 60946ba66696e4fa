import { describe, expect, it } from 'vitest';
import { explainConfigIssue } from '../../src/config/explain-config-issue.ts';
import { validateConfig } from '../../src/config/validate-config.ts';
import { refusedIssues } from './support/refused-issues.ts';

describe('validateConfig', () => {
  it('fills the defaults of a minimal endpoint config', () => {
    expect(
      validateConfig({
        mode: 'endpoint',
        domains: ['meet.example.com'],
        endpoint: { url: '/api/token' },
      }),
    ).toEqual({
      ok: true,
      value: {
        mode: 'endpoint',
        domains: ['meet.example.com'],
        debugPanel: false,
        scriptTimeoutMs: 15_000,
        configOverwrite: {},
        interfaceConfigOverwrite: {},
        endpoint: {
          url: '/api/token',
          method: 'POST',
          credentials: 'include',
          timeoutMs: 10_000,
          retries: 2,
        },
      },
    });
  });

  it('keeps every optional field it is given', () => {
    const result = validateConfig({
      $schema: './schema.json',
      mode: 'endpoint',
      domains: ['meet.example.com', 'localhost:8443'],
      tenant: 'sales',
      endpoint: {
        url: 'https://sso.example.com/t',
        method: 'GET',
        credentials: 'omit',
        timeoutMs: 500,
        retries: 0,
      },
      debugPanel: true,
      scriptTimeoutMs: 2000,
      configOverwrite: { startWithAudioMuted: true },
      interfaceConfigOverwrite: { SHOW_JITSI_WATERMARK: false },
      server: {
        muc_mapper_domain_base: 'meet.jitsi',
        asap_accepted_issuers: ['a', 'b'],
        enable_domain_verification: false,
        signature_algorithm: 'RS256',
      },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        mode: 'endpoint',
        domains: ['meet.example.com', 'localhost:8443'],
        tenant: 'sales',
        endpoint: {
          url: 'https://sso.example.com/t',
          method: 'GET',
          credentials: 'omit',
          timeoutMs: 500,
          retries: 0,
        },
        debugPanel: true,
        scriptTimeoutMs: 2000,
        configOverwrite: { startWithAudioMuted: true },
        interfaceConfigOverwrite: { SHOW_JITSI_WATERMARK: false },
        server: {
          muc_mapper_domain_base: 'meet.jitsi',
          asap_accepted_issuers: ['a', 'b'],
          enable_domain_verification: false,
          signature_algorithm: 'RS256',
        },
      },
    });
  });

  it('accepts local mode without an endpoint', () => {
    expect(validateConfig({ mode: 'local', domains: ['localhost:8443'] }).ok).toBe(true);
  });

  it('refuses what is not an object', () => {
    expect(refusedIssues([])).toEqual([{ field: '(file)', code: 'not-object' }]);
    expect(refusedIssues('x')).toEqual([{ field: '(file)', code: 'not-object' }]);
  });

  it('reports every bad field at once', () => {
    expect(
      refusedIssues({
        mode: 'remote',
        domains: [
          'https://meet.example.com',
          'meet.example.com/room',
          'Meet.Example.com',
          'meet..x',
          42,
          'a.b',
          'a.b',
        ],
        tenant: 'a/b',
        endpoint: {
          url: 'javascript:alert(1)',
          method: 'PUT',
          credentials: 'all',
          timeoutMs: 5,
          retries: 9,
          extra: 1,
        },
        debugPanel: 'yes',
        scriptTimeoutMs: 1e9,
        configOverwrite: [],
        interfaceConfigOverwrite: 'x',
        server: {
          app_secret: 's',
          app_id: '',
          asap_accepted_audiences: 'jitsi',
          jaas: 'true',
          signature_algorithm: 'ES256',
          nope: 1,
        },
        colour: 'blue',
      }),
    ).toEqual([
      { field: 'colour', code: 'unknown-key', value: 'colour' },
      { field: 'mode', code: 'mode-invalid' },
      { field: 'domains[0]', code: 'domain-scheme', value: 'https://meet.example.com' },
      { field: 'domains[1]', code: 'domain-path', value: 'meet.example.com/room' },
      { field: 'domains[2]', code: 'domain-uppercase', value: 'Meet.Example.com' },
      { field: 'domains[3]', code: 'domain-invalid', value: 'meet..x' },
      { field: 'domains[4]', code: 'domain-not-string' },
      { field: 'domains[6]', code: 'domain-duplicate', value: 'a.b' },
      { field: 'tenant', code: 'tenant-invalid' },
      { field: 'endpoint.url', code: 'endpoint-url-scheme' },
      { field: 'endpoint.method', code: 'endpoint-method' },
      { field: 'endpoint.credentials', code: 'endpoint-credentials' },
      { field: 'endpoint.timeoutMs', code: 'endpoint-timeout' },
      { field: 'endpoint.retries', code: 'endpoint-retries' },
      { field: 'endpoint.extra', code: 'endpoint-unknown-key', value: 'extra' },
      { field: 'debugPanel', code: 'debug-panel-type' },
      { field: 'scriptTimeoutMs', code: 'script-timeout' },
      { field: 'configOverwrite', code: 'overwrite-not-object' },
      { field: 'interfaceConfigOverwrite', code: 'overwrite-not-object' },
      { field: 'server.app_secret', code: 'server-secret', value: 'app_secret' },
      { field: 'server.app_id', code: 'server-string', value: 'app_id' },
      {
        field: 'server.asap_accepted_audiences',
        code: 'server-list',
        value: 'asap_accepted_audiences',
      },
      { field: 'server.jaas', code: 'server-flag', value: 'jaas' },
      {
        field: 'server.signature_algorithm',
        code: 'server-algorithm',
        value: 'signature_algorithm',
      },
      { field: 'server.nope', code: 'server-unknown-key', value: 'nope' },
    ]);
  });

  it('parses endpoint.url as fetch will: a URL that cannot be parsed is named, with the fix', () => {
    for (const url of ['https://exa mple.com/x', 'http://[::1', 'https://a.example:99999/t']) {
      expect(refusedIssues({ mode: 'endpoint', domains: ['a.b'], endpoint: { url } })).toEqual([
        { field: 'endpoint.url', code: 'endpoint-url-invalid', value: url },
      ]);
    }
    expect(
      explainConfigIssue({
        field: 'endpoint.url',
        code: 'endpoint-url-invalid',
        value: 'https://exa mple.com/x',
      }),
    ).toEqual({
      field: 'endpoint.url',
      message:
        'endpoint.url "https://exa mple.com/x" is not a valid URL (spaces, a bad host name or port?).',
      fix: 'Write a URL such as https://sso.example.com/jitsi-token or a path such as /api/jitsi-token; encode spaces and other special characters (%20).',
    });
    for (const url of ['/api/token', 'token', '../t?x=1', '//sso.example.com/t', 'HTTPS://A.B/t']) {
      expect(validateConfig({ mode: 'endpoint', domains: ['a.b'], endpoint: { url } }).ok).toBe(
        true,
      );
    }
    expect(
      refusedIssues({ mode: 'endpoint', domains: ['a.b'], endpoint: { url: 'mailto:x' } }),
    ).toEqual([{ field: 'endpoint.url', code: 'endpoint-url-scheme' }]);
  });

  it('needs mode, domains and, in endpoint mode, an endpoint with a url', () => {
    expect(refusedIssues({})).toEqual([
      { field: 'mode', code: 'mode-missing' },
      { field: 'domains', code: 'domains-empty' },
    ]);
    expect(refusedIssues({ mode: 'endpoint', domains: [] })).toEqual([
      { field: 'domains', code: 'domains-empty' },
      { field: 'endpoint', code: 'endpoint-missing' },
    ]);
    expect(refusedIssues({ mode: 'endpoint', domains: ['a.b'], endpoint: 'x' })).toEqual([
      { field: 'endpoint', code: 'endpoint-not-object' },
    ]);
    expect(refusedIssues({ mode: 'endpoint', domains: ['a.b'], endpoint: { url: ' ' } })).toEqual([
      { field: 'endpoint.url', code: 'endpoint-url-missing' },
    ]);
    expect(refusedIssues({ mode: 'local', domains: ['a.b'], server: [] })).toEqual([
      { field: 'server', code: 'server-not-object' },
    ]);
  });
});

describe('validateConfig on hostile or mistaken values', () => {
  const base = { mode: 'endpoint', endpoint: { url: '/api/jitsi-token' } };

  it('refuses a port outside 1-65535 in a domain', () => {
    expect(
      refusedIssues({ ...base, domains: ['meet.example.com:99999', 'a:0', 'b:65535'] }),
    ).toEqual([
      { field: 'domains[0]', code: 'domain-port', value: 'meet.example.com:99999' },
      { field: 'domains[1]', code: 'domain-port', value: 'a:0' },
    ]);
    expect(
      explainConfigIssue(refusedIssues({ ...base, domains: ['m:99999'] })[0] ?? fail()),
    ).toEqual({
      field: 'domains[0]',
      message: '"m:99999" has a port outside 1-65535.',
      fix: 'Write only the host name (and the port if not 443), lowercase, without https:// or a path: "meet.example.com" or "localhost:8443".',
    });
  });

  it('refuses an endpoint URL with a user name or password, without repeating them', () => {
    const found = refusedIssues({
      mode: 'endpoint',
      domains: ['meet.example.com'],
      endpoint: { url: 'https://user:secret@sso.example.com/token' },
    });
    expect(found).toEqual([{ field: 'endpoint.url', code: 'endpoint-url-credentials' }]);
    expect(explainConfigIssue(found[0] ?? fail())).toEqual({
      field: 'endpoint.url',
      message:
        'endpoint.url holds a user name or password (user:pass@): config.json is public, so every visitor can read them.',
      fix: 'Remove them from the URL and change that password; the endpoint knows the user from the single sign-on cookies.',
    });
    expect(
      refusedIssues({ ...base, domains: ['m'], endpoint: { url: 'https://u@x.example/t' } }),
    ).toEqual([{ field: 'endpoint.url', code: 'endpoint-url-credentials' }]);
  });

  it('lists 50 of 200,000 unknown keys and counts the rest', () => {
    const input: Record<string, unknown> = { mode: 'local', domains: ['meet.example.com'] };
    for (let i = 0; i < 200_000; i += 1) input[`unknown${i}`] = i;
    const found = refusedIssues(input);
    expect(found).toHaveLength(51);
    expect(found[49]).toEqual({ field: 'unknown49', code: 'unknown-key', value: 'unknown49' });
    expect(found[50]).toEqual({ field: '(file)', code: 'too-many-issues', value: '199950' });
    expect(explainConfigIssue(found[50] ?? fail())).toEqual({
      field: '(file)',
      message: '199,950 more problems are not listed.',
      fix: "Fix the ones above and reload: a file with this many problems is probably not the launcher's config.json.",
    });
  });

  it('cuts a long key to 80 characters where it is quoted', () => {
    const key = 'k'.repeat(10_000);
    expect(refusedIssues({ mode: 'local', domains: ['m'], [key]: 1 })).toEqual([
      { field: `${'k'.repeat(79)}…`, code: 'unknown-key', value: `${'k'.repeat(79)}…` },
    ]);
  });
});

function fail(): never {
  throw new Error('expected an issue');
}

describe('explainConfigIssue', () => {
  it('names the field, the problem and the fix', () => {
    expect(
      explainConfigIssue({
        field: 'domains[0]',
        code: 'domain-scheme',
        value: 'https://meet.example.com',
      }),
    ).toEqual({
      field: 'domains[0]',
      message: '"https://meet.example.com" has a scheme.',
      fix: 'Write only the host name (and the port if not 443), lowercase, without https:// or a path: "meet.example.com" or "localhost:8443".',
    });
    expect(
      explainConfigIssue({
        field: 'server.app_secret',
        code: 'server-secret',
        value: 'app_secret',
      }),
    ).toEqual({
      field: 'server.app_secret',
      message: 'config.json is public: every visitor can read this secret.',
      fix: 'Remove app_secret from config.json now and change the secret on the Jitsi server; the launcher needs no secret in endpoint mode.',
    });
    expect(explainConfigIssue({ field: 'endpoint', code: 'endpoint-missing' }).fix).toBe(
      'Add "endpoint": { "url": "/api/jitsi-token" } (see "Token endpoint contract" in the README).',
    );
  });

  it('has words for every code', () => {
    const result = validateConfig({
      mode: 1,
      domains: ['x/y', 'HTTPS://A', 'A', '-', 1, 'a', 'a'],
      tenant: '/',
      endpoint: { url: 'ftp://x', method: 1, credentials: 1, timeoutMs: 1, retries: -1, k: 1 },
      debugPanel: 1,
      scriptTimeoutMs: 1,
      configOverwrite: 1,
      server: {
        app_secret: 1,
        app_id: 1,
        asap_accepted_issuers: 1,
        jaas: 1,
        signature_algorithm: 1,
        z: 1,
      },
      q: 1,
    });
    if (result.ok) throw new Error('expected problems');
    for (const issue of result.error) {
      const problem = explainConfigIssue(issue);
      expect(problem.message.length).toBeGreaterThan(10);
      expect(problem.fix.length).toBeGreaterThan(10);
    }
    expect(explainConfigIssue({ field: 'mode', code: 'mode-missing' }).message).toBe(
      'mode is missing.',
    );
    expect(explainConfigIssue({ field: '(file)', code: 'not-object' }).message).toBe(
      'The file is not a JSON object.',
    );
    expect(explainConfigIssue({ field: 'domains', code: 'domains-empty' }).message).toBe(
      'domains must be a non-empty list of Jitsi host names: the only places a token is ever sent.',
    );
  });
});
