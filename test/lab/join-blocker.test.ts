import { describe, expect, it } from 'vitest';
import { isLocalDomain } from '../../src/lab/join-blocker.ts';

describe('isLocalDomain', () => {
  it.each([
    ['localhost:8443', true],
    ['LOCALHOST', true],
    ['meet.localhost:8443', true],
    ['127.0.0.1:8443', true],
    ['[::1]:8443', true],
    ['meet.example.com', false],
    ['localhost.example.com', false],
    ['10.0.0.5:8443', false],
  ])('%s: %s', (domain, local) => {
    expect(isLocalDomain(domain)).toBe(local);
  });
});
