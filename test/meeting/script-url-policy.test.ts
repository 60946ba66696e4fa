import { describe, expect, it } from 'vitest';
import { trustedScriptUrl } from '../../src/meeting/script-url-policy.ts';

describe('trustedScriptUrl', () => {
  const passThrough = {
    createPolicy: (_name: string, rules: { createScriptURL(input: string): string }) => ({
      createScriptURL: (input: string) => rules.createScriptURL(input),
    }),
  };

  it.each([
    'https://meet.example.com/external_api.js',
    'https://localhost:8443/external_api.js',
    'https://8x8.vc/vpaas-magic-cookie-abc/external_api.js',
  ])('lets %s through', (url) => {
    expect(trustedScriptUrl(url, passThrough)).toBe(url);
    expect(trustedScriptUrl(url, undefined)).toBe(url);
  });

  it.each([
    'http://meet.example.com/external_api.js',
    'https://meet.example.com/evil.js',
    'https://meet.example.com/a/b/external_api.js',
    'https://user@meet.example.com/external_api.js',
    'https://meet.example.com/external_api.js?x=1',
    'javascript:alert(1)//external_api.js',
  ])('refuses %s, with or without Trusted Types', (url) => {
    expect(() => trustedScriptUrl(url, passThrough)).toThrow(`Not a meeting script URL: ${url}`);
    expect(() => trustedScriptUrl(url, undefined)).toThrow(`Not a meeting script URL: ${url}`);
  });
});
