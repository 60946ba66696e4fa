import { describe, expect, it } from 'vitest';
import { tokenUserName } from '../../src/meeting/token-user-name.ts';

const decoded = (payload: Record<string, unknown>) => ({
  raw: 'a.b.c',
  header: {},
  payload,
  signature: 'c',
  signingInput: 'a.b',
});

describe('tokenUserName', () => {
  it('reads context.user.name, trimmed, when it is a non-empty string', () => {
    expect(tokenUserName(decoded({ context: { user: { name: ' Ann Example ' } } }))).toBe(
      'Ann Example',
    );
  });

  it('is undefined for a missing, empty or non-string name, or a malformed context', () => {
    expect(tokenUserName(decoded({}))).toBeUndefined();
    expect(tokenUserName(decoded({ context: { user: { name: '  ' } } }))).toBeUndefined();
    expect(tokenUserName(decoded({ context: { user: { name: 7 } } }))).toBeUndefined();
    expect(tokenUserName(decoded({ context: ['user'] }))).toBeUndefined();
    expect(tokenUserName(decoded({ context: { user: null } }))).toBeUndefined();
  });
});
