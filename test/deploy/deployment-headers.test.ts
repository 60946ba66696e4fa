import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LauncherConfig } from '../../src/config/launcher-config.ts';
import { validateConfig } from '../../src/config/validate-config.ts';
import { deploymentHeaders } from '../../src/deploy/deployment-headers.ts';
import { headersForConfig } from '../../src/deploy/headers-for-config.ts';
import { formatHeaders } from '../../src/deploy/server-snippets.ts';

function config(input: Record<string, unknown>): LauncherConfig {
  const result = validateConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function csp(input: Record<string, unknown>): Record<string, string> {
  const header = deploymentHeaders(config(input)).find(
    (entry) => entry.name === 'Content-Security-Policy',
  );
  return Object.fromEntries(
    (header?.value ?? '').split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources.join(' ')];
    }),
  );
}

const ENDPOINT = {
  mode: 'endpoint',
  domains: ['meet.example.com', 'localhost:8443'],
  endpoint: { url: '/api/jitsi-token' },
};

describe('deploymentHeaders', () => {
  it('writes the whole policy for a same-origin endpoint and no embedding', () => {
    expect(deploymentHeaders(config(ENDPOINT))).toEqual([
      {
        name: 'Content-Security-Policy',
        value:
          "default-src 'none'; script-src 'self' https://meet.example.com https://localhost:8443; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src https://meet.example.com https://localhost:8443; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types jitsi-launcher-loader",
      },
      { name: 'Referrer-Policy', value: 'no-referrer' },
      {
        name: 'Permissions-Policy',
        value:
          'camera=(self "https://meet.example.com" "https://localhost:8443"), microphone=(self "https://meet.example.com" "https://localhost:8443"), display-capture=(self "https://meet.example.com" "https://localhost:8443"), autoplay=(self "https://meet.example.com" "https://localhost:8443"), fullscreen=(self "https://meet.example.com" "https://localhost:8443"), clipboard-write=(self "https://meet.example.com" "https://localhost:8443"), geolocation=(), payment=(), usb=(), serial=(), midi=()',
      },
      { name: 'X-Content-Type-Options', value: 'nosniff' },
      { name: 'X-Frame-Options', value: 'DENY' },
    ]);
  });

  it('lets the page reach an endpoint on another origin, and only that origin', () => {
    const policy = csp({ ...ENDPOINT, endpoint: { url: 'https://sso.example.com/a/token?x=1' } });
    expect(policy['connect-src']).toBe("'self' https://sso.example.com");
    expect(csp({ ...ENDPOINT, endpoint: { url: '//sso.example.com/t' } })['connect-src']).toBe(
      "'self' https://sso.example.com",
    );
  });

  it('names the parent pages in frame-ancestors, and then sends no X-Frame-Options', () => {
    const input = {
      ...ENDPOINT,
      embed: { parentOrigins: ['https://intranet.example.com', 'http://localhost:8080'] },
    };
    expect(csp(input)['frame-ancestors']).toBe(
      'https://intranet.example.com http://localhost:8080',
    );
    expect(deploymentHeaders(config(input)).map((header) => header.name)).not.toContain(
      'X-Frame-Options',
    );
  });

  it("allows a brand logo's origin for images", () => {
    expect(
      csp({ ...ENDPOINT, brand: { logoUrl: 'https://cdn.example.com/logo.png' } })['img-src'],
    ).toBe("'self' data: https://cdn.example.com");
    expect(csp({ ...ENDPOINT, brand: { logoUrl: 'logo.png' } })['img-src']).toBe("'self' data:");
  });

  it('in local mode, lets the lab reach the key server it signs for', () => {
    const policy = csp({
      mode: 'local',
      domains: ['localhost:8443'],
      server: { asap_key_server: 'http://host.docker.internal:5173/asap' },
    });
    expect(policy['connect-src']).toBe("'self' http://host.docker.internal:5173");
  });
});

describe('the header files in docs/headers', () => {
  const example = readFileSync('docs/headers/config.json', 'utf8');
  it.each([
    ['headers', 'docs/headers/headers.txt'],
    ['nginx', 'docs/headers/nginx.conf'],
    ['caddy', 'docs/headers/Caddyfile'],
    ['netlify', 'docs/headers/_headers'],
  ] as const)(
    '%s: %s is what npm run headers prints for docs/headers/config.json',
    (format, file) => {
      expect(headersForConfig(example, format)).toEqual({
        ok: true,
        value: readFileSync(file, 'utf8'),
      });
    },
  );

  it('refuses a config with problems, in the config screen words', () => {
    expect(headersForConfig('{"mode": "endpoint", "domains": ["m:99999"]}', 'headers')).toEqual({
      ok: false,
      error:
        'config.json has problems to fix first:\ndomains[0]: "m:99999" has a port outside 1-65535. Write only the host name (and the port if not 443), lowercase, without https:// or a path: "meet.example.com" or "localhost:8443".\nendpoint: mode "endpoint" needs an endpoint to get tokens from. Add "endpoint": { "url": "/api/jitsi-token" } (see "Token endpoint contract" in the README).',
    });
    expect(headersForConfig('{', 'headers')).toEqual({
      ok: false,
      error: 'config.json is not valid JSON.',
    });
  });

  it('puts the launcher below a path in every format', () => {
    const headers = [{ name: 'X-Content-Type-Options', value: 'nosniff' }];
    expect(formatHeaders(headers, 'nginx', 'tools/meet')).toContain(
      'location /tools/meet/ {\n    add_header X-Content-Type-Options "nosniff" always;\n    try_files $uri $uri/ /tools/meet/index.html;\n}',
    );
    expect(formatHeaders(headers, 'caddy', '/tools/meet/')).toContain(
      'header /tools/meet/* {\n\tX-Content-Type-Options `nosniff`\n}',
    );
    expect(formatHeaders(headers, 'netlify', '/tools/meet')).toContain(
      '/tools/meet/*\n  X-Content-Type-Options: nosniff\n',
    );
  });
});
