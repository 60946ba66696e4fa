import { describe, expect, it } from 'vitest';
import type { LauncherConfig } from '../../src/config/launcher-config.ts';
import { validateJoinForm } from '../../src/meeting/validate-join-form.ts';

const CONFIG: LauncherConfig = {
  mode: 'endpoint',
  domains: ['meet.example.com', 'backup.example.com'],
  debugPanel: false,
  scriptTimeoutMs: 15_000,
  configOverwrite: {},
  interfaceConfigOverwrite: {},
};
const FORM = {
  room: ' Daily Standup ',
  displayName: ' Ann ',
  email: '',
  domain: 'backup.example.com',
};

describe('validateJoinForm', () => {
  it('trims the fields and adds the tenant', () => {
    expect(validateJoinForm(FORM, { ...CONFIG, tenant: 'sales' })).toEqual({
      ok: true,
      value: {
        room: 'Daily Standup',
        displayName: 'Ann',
        domain: 'backup.example.com',
        tenant: 'sales',
      },
    });
    expect(validateJoinForm({ ...FORM, email: 'ann@example.com' }, CONFIG)).toMatchObject({
      ok: true,
      value: { email: 'ann@example.com' },
    });
  });

  it('refuses a domain outside the allow-list', () => {
    expect(validateJoinForm({ ...FORM, domain: 'evil.example' }, CONFIG)).toEqual({
      ok: false,
      error: {
        kind: 'domain-not-allowed',
        domain: 'evil.example',
        allowed: CONFIG.domains,
        message:
          "evil.example is not one of this launcher's meeting servers (meet.example.com, backup.example.com), so no token is sent there.",
      },
    });
    expect(validateJoinForm({ ...FORM, domain: '' }, CONFIG)).toMatchObject({
      ok: false,
      error: {
        kind: 'domain-not-allowed',
        message: 'Choose a meeting server: meet.example.com, backup.example.com.',
      },
    });
  });

  it('needs a room without path characters and a name', () => {
    expect(validateJoinForm({ ...FORM, room: '  ' }, CONFIG)).toEqual({
      ok: false,
      error: { kind: 'room-missing', message: 'Enter the name of the room to join.' },
    });
    expect(validateJoinForm({ ...FORM, room: '../admin' }, CONFIG)).toEqual({
      ok: false,
      error: { kind: 'room-invalid', message: 'A room name cannot contain /, ?, # or \\.' },
    });
    for (const room of ['.', '..', '...', '%2e%2e', '%2E.', ' .%2e ']) {
      expect(validateJoinForm({ ...FORM, room }, CONFIG)).toEqual({
        ok: false,
        error: {
          kind: 'room-invalid',
          message:
            'A room name cannot be only dots (such as "." or ".."): the meeting address would lose the room. Add a letter or a digit.',
        },
      });
    }
    for (const room of ['.a', 'v1.2', '..%2e.x', '%2ea']) {
      expect(validateJoinForm({ ...FORM, room }, CONFIG)).toMatchObject({
        ok: true,
        value: { room },
      });
    }
    expect(validateJoinForm({ ...FORM, room: '.%09.' }, CONFIG)).toEqual({
      ok: false,
      error: {
        kind: 'room-invalid',
        message:
          'A room name cannot contain control characters such as tabs or line breaks (here U+0009, perhaps written as %09 or %0A): the meeting address would lose the room. Remove it.',
      },
    });
    for (const [room, code] of [
      ['.%0A.', 'U+000A'],
      ['a\tb', 'U+0009'],
      ['a\u0085b', 'U+0085'],
      ['a%7Fb', 'U+007F'],
    ] as const) {
      const result = validateJoinForm({ ...FORM, room }, CONFIG);
      expect(result.ok ? '' : result.error.message).toContain(`(here ${code}`);
    }
    expect(validateJoinForm({ ...FORM, displayName: '' }, CONFIG)).toEqual({
      ok: false,
      error: { kind: 'name-missing', message: 'Enter the name the others will see.' },
    });
  });

  it('asks for no name with displayName "optional", and sends none for "fromToken"', () => {
    const nameless = { ...FORM, displayName: ' ', email: 'ann@example.com' };
    expect(validateJoinForm(nameless, { ...CONFIG, displayName: 'optional' })).toEqual({
      ok: true,
      value: { room: 'Daily Standup', domain: 'backup.example.com', email: 'ann@example.com' },
    });
    expect(validateJoinForm(FORM, { ...CONFIG, displayName: 'fromToken' })).toEqual({
      ok: true,
      value: { room: 'Daily Standup', domain: 'backup.example.com' },
    });
    expect(validateJoinForm(nameless, CONFIG)).toMatchObject({
      ok: false,
      error: { kind: 'name-missing' },
    });
  });
});
