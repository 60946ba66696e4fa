import { describe, expect, it } from 'vitest';
import { nextKid } from '../../src/lab/next-kid.ts';

describe('nextKid', () => {
  it('counts the trailing number up, skipping kids in use', () => {
    expect(nextKid('dev-launcher/key-1', ['dev-launcher/key-1'])).toBe('dev-launcher/key-2');
    expect(nextKid('dev-launcher/key-1', ['dev-launcher/key-2', 'dev-launcher/key-3'])).toBe(
      'dev-launcher/key-4',
    );
    expect(nextKid('k9', [])).toBe('k10');
  });

  it('adds a number to a kid without one', () => {
    expect(nextKid('vpaas-magic-cookie-abc/mykey', [])).toBe('vpaas-magic-cookie-abc/mykey-2');
  });
});
