import { describe, expect, it } from 'vitest';
import { judgeToken } from '../../src/core/judge-token.ts';
import { presetById } from '../../src/core/presets.ts';
import type { Check, ServerProfile, Target } from '../../src/core/types.ts';
import { goodPayload, HS_HEADER, makeToken, NOW, PROFILE, TARGET } from './support/make-token.ts';

const OPTIONS = { now: NOW, signature: { status: 'valid' as const } };

function check(
  id: string,
  payload: Record<string, unknown>,
  profile: ServerProfile = PROFILE,
  target: Target = TARGET,
  header: object = HS_HEADER,
): Check | undefined {
  return judgeToken(makeToken(header, goodPayload(payload)), profile, target, OPTIONS).checks.find(
    (item) => item.id === id,
  );
}

describe('web client warnings', () => {
  it('warns about a missing context', () => {
    expect(check('client-context', { context: undefined })).toMatchObject({
      stage: 'client',
      status: 'warn',
      message:
        'No context object: the web client warns, and shows no name, email or avatar from the token.',
    });
  });

  it('warns about unknown feature keys and values', () => {
    expect(
      check('client-features', {
        context: { features: { recording: 'yes', teleport: true, lobby: 'false' } },
      })?.message,
    ).toBe(
      'The web client warns about unknown feature key: teleport; value not true/false/"true"/"false" for: recording.',
    );
  });

  it('passes known features with boolean or string values', () => {
    expect(
      check('client-features', {
        context: { features: { recording: 'true', 'screen-sharing': false } },
      })?.status,
    ).toBe('pass');
  });

  it('flags nbf in the future', () => {
    expect(check('client-nbf', { nbf: NOW + 120 })).toMatchObject({
      status: 'warn',
      message: 'nbf is in the future (valid in 2 min); the client flags it.',
    });
  });

  it('flags a missing exp, as the client does', () => {
    expect(check('client-exp', { exp: undefined })).toMatchObject({
      status: 'warn',
      message: 'exp is absent; the web client reports the token as having no valid expiry.',
    });
    expect(check('client-exp', {})).toBeUndefined();
  });

  it('applies the JaaS rules as client warnings when sub looks like a JaaS AppID', () => {
    const verdict = judgeToken(
      makeToken(HS_HEADER, goodPayload({ sub: 'vpaas-magic-cookie-x' })),
      { ...PROFILE, enable_domain_verification: false },
      TARGET,
      OPTIONS,
    );
    expect(verdict.login).toEqual({ ok: true });
    expect(
      verdict.checks
        .filter((item) => item.id.startsWith('jaas-'))
        .map((item) => `${item.stage}/${item.id}:${item.status}`),
    ).toEqual([
      'client/jaas-sub:pass',
      'client/jaas-kid:warn',
      'client/jaas-aud:pass',
      'client/jaas-iss:warn',
      'client/jaas-features:pass',
    ]);
  });

  it('does not change the server outcome', () => {
    const verdict = judgeToken(
      makeToken(HS_HEADER, goodPayload({ context: undefined })),
      PROFILE,
      TARGET,
      OPTIONS,
    );
    expect(verdict.login).toEqual({ ok: true });
    expect(verdict.join).toEqual({ ok: true });
  });
});

describe('JaaS rules', () => {
  const JAAS = presetById('jaas').profile;
  const appId = 'vpaas-magic-cookie-abc123';
  const target: Target = { domain: '8x8.vc', tenant: appId, room: 'Team' };
  const header = { alg: 'RS256', typ: 'JWT', kid: `${appId}/4f2a` };
  const payload = {
    iss: 'chat',
    aud: 'jitsi',
    sub: appId,
    room: '*',
    context: { user: { name: 'A', moderator: 'true' }, features: { recording: 'false' } },
  };

  it('accepts a well-formed JaaS token', () => {
    const verdict = judgeToken(makeToken(header, goodPayload(payload)), JAAS, target, OPTIONS);
    expect(verdict.login).toEqual({ ok: true });
    expect(verdict.join).toEqual({ ok: true });
    expect(
      verdict.checks
        .filter((item) => item.stage === 'jaas')
        .map((item) => `${item.id}:${item.status}`),
    ).toEqual([
      'jaas-sub:pass',
      'jaas-kid:pass',
      'jaas-aud:pass',
      'jaas-iss:pass',
      'jaas-features:pass',
      'jaas-url:pass',
    ]);
  });

  it.each<[string, Record<string, unknown>, object, string]>([
    [
      'kid prefix is not sub',
      payload,
      { ...header, kid: 'vpaas-magic-cookie-other/4f2a' },
      'jaas-kid',
    ],
    ['kid without key id', payload, { ...header, kid: appId }, 'jaas-kid'],
    ['no features', { ...payload, context: { user: { name: 'A' } } }, header, 'jaas-features'],
    ['sub not an AppID', { ...payload, sub: 'meet.jitsi' }, header, 'jaas-sub'],
  ])('fails: %s', (_name, body, head, id) => {
    const verdict = judgeToken(makeToken(head, goodPayload(body)), JAAS, target, OPTIONS);
    expect(verdict.checks.find((item) => item.id === id)?.status).toBe('fail');
    expect(verdict.login.ok).toBe(false);
  });

  it('needs aud "jitsi" and iss "chat"', () => {
    const verdict = judgeToken(
      makeToken(header, goodPayload({ ...payload, aud: 'my_app', iss: 'my_app' })),
      JAAS,
      target,
      OPTIONS,
    );
    expect(verdict.login).toEqual({ ok: false, reason: "invalid 'iss' claim" });
    expect(verdict.checks.find((item) => item.id === 'jaas-aud')?.message).toBe(
      'aud is "my_app"; JaaS needs "jitsi".',
    );
  });
});

describe('moderator notes', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'nothing asked',
      {},
      'pass',
      'The token asks for no moderator rights. Without such a plugin, stock Jicofo makes every user who logs in with a token a moderator.',
    ],
    [
      'context.user.moderator true',
      { context: { user: { moderator: true } } },
      'pass',
      'context.user.moderator true: honoured by JaaS (8x8.vc) and by jitsi-contrib token_affiliation (makes the user owner). Without such a plugin, stock Jicofo makes every user who logs in with a token a moderator.',
    ],
    [
      'affiliation owner',
      { context: { user: { affiliation: 'owner' } } },
      'pass',
      'context.user.affiliation "owner": jitsi-contrib token_affiliation makes the user owner (moderator). Without such a plugin, stock Jicofo makes every user who logs in with a token a moderator.',
    ],
    [
      'top-level moderator',
      { moderator: true },
      'pass',
      'top-level moderator true: read only by token_moderation (nvonahsen/jitsi-token-moderation-plugin), which wants a boolean. Without such a plugin, stock Jicofo makes every user who logs in with a token a moderator.',
    ],
    [
      'moderator "yes"',
      { context: { user: { moderator: 'yes' } } },
      'warn',
      'context.user.moderator is "yes"; plugins read only true or "true".',
    ],
    [
      'top-level moderator "true"',
      { moderator: 'true' },
      'warn',
      'top-level moderator is "true"; token_moderation reads only a boolean.',
    ],
    [
      'unknown affiliation',
      { context: { user: { affiliation: 'boss' } } },
      'warn',
      'context.user.affiliation is "boss"; token_affiliation knows owner, moderator, teacher and member.',
    ],
  ])('%s', (_name, payload, status, message) => {
    const base = goodPayload();
    const merged = { ...base, context: undefined, ...payload };
    const verdict = judgeToken(makeToken(HS_HEADER, merged), PROFILE, TARGET, OPTIONS);
    expect(verdict.checks.find((item) => item.id === 'moderator')).toMatchObject({
      stage: 'moderator',
      status,
      message,
    });
  });
});
