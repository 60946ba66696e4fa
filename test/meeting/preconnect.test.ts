import { describe, expect, it } from 'vitest';
import type { LauncherConfig } from '../../src/config/launcher-config.ts';
import { preconnect } from '../../src/meeting/preconnect.ts';

const ENDPOINT = {
  url: 'https://sso.example.com/token',
  method: 'POST',
  credentials: 'include',
  timeoutMs: 1000,
  retries: 0,
} as const;
const CONFIG: LauncherConfig = {
  mode: 'endpoint',
  domains: ['meet.example.com', 'backup.example.com:8443'],
  debugPanel: false,
  scriptTimeoutMs: 15_000,
  configOverwrite: {},
  interfaceConfigOverwrite: {},
  endpoint: {
    url: 'https://sso.example.com/token',
    method: 'POST',
    credentials: 'include',
    timeoutMs: 1000,
    retries: 0,
  },
};

function hints(config: LauncherConfig): string[] {
  const doc = document.implementation.createHTMLDocument('launcher');
  const base = doc.createElement('base');
  base.href = 'https://launcher.example/app/';
  doc.head.appendChild(base);
  preconnect(config, doc);
  return [...doc.querySelectorAll('link[rel="preconnect"]')].map(
    (link) => `${link.getAttribute('href')} ${link.getAttribute('crossorigin') ?? '-'}`,
  );
}

describe('preconnect', () => {
  it('warms the connections to the meeting domains and a cross-origin endpoint, sending nothing', () => {
    expect(hints(CONFIG)).toEqual([
      'https://meet.example.com -',
      'https://backup.example.com:8443 -',
      'https://sso.example.com use-credentials',
    ]);
  });

  it('skips a same-origin endpoint', () => {
    expect(
      hints({
        ...CONFIG,
        endpoint: { ...ENDPOINT, url: '/api/token', credentials: 'omit' },
      }),
    ).toEqual(['https://meet.example.com -', 'https://backup.example.com:8443 -']);
  });
});
