import { describe, expect, it } from 'vitest';
import { judgeToken } from '../../src/core/judge-token.ts';
import type { JudgeOptions, ServerProfile, Verdict } from '../../src/core/types.ts';
import { goodPayload, HS_HEADER, makeToken, NOW, PROFILE, TARGET } from './support/make-token.ts';

const VALID: JudgeOptions = { now: NOW, signature: { status: 'valid' } };

function judge(
  token: string,
  profile: ServerProfile = PROFILE,
  options: JudgeOptions = VALID,
): Verdict {
  return judgeToken(token, profile, TARGET, options);
}

const statusOf = (verdict: Verdict, id: string) =>
  verdict.checks.find((check) => check.id === id)?.status;

describe('judgeToken: a good token', () => {
  it('passes login and join with every server check passing', () => {
    const verdict = judge(makeToken(HS_HEADER, goodPayload()));
    expect(verdict.login).toEqual({ ok: true });
    expect(verdict.join).toEqual({ ok: true });
    const serverChecks = verdict.checks.filter(
      (check) => check.stage === 'login' || check.stage === 'join',
    );
    expect(serverChecks.map((check) => `${check.id}:${check.status}`)).toEqual([
      'present:pass',
      'format:pass',
      'typ:pass',
      'alg:pass',
      'signature:pass',
      'exp-type:pass',
      'nbf-type:pass',
      'exp:pass',
      'nbf:pass',
      'iss:pass',
      'aud:pass',
      'room-claim:pass',
      'sub-claim:pass',
      'room:pass',
      'sub-domain:pass',
    ]);
  });

  it('accepts a DecodedToken as well as a string', () => {
    const first = judge(makeToken(HS_HEADER, goodPayload()));
    expect(first.decoded).toBeDefined();
    if (!first.decoded) return;
    expect(judgeToken(first.decoded, PROFILE, TARGET, VALID).login).toEqual({ ok: true });
  });
});

describe('judgeToken: login rules, each with the server reason text', () => {
  const cases: [string, string, ServerProfile, JudgeOptions, string][] = [
    ['no token', '', PROFILE, VALID, 'token required'],
    ['no dots', 'garbage', PROFILE, VALID, 'Invalid token'],
    ['two segments', 'a.b', PROFILE, VALID, 'Invalid token'],
    [
      'a trailing dot (an empty fourth part)',
      `${makeToken(HS_HEADER, goodPayload())}.`,
      PROFILE,
      VALID,
      'Invalid token',
    ],
    [
      'a doubled dot (an empty part)',
      makeToken(HS_HEADER, goodPayload()).replace('.', '..'),
      PROFILE,
      VALID,
      'Invalid token',
    ],
    [
      'padded header (the server skips "=", then the signature over the padded text fails)',
      makeToken(HS_HEADER, goodPayload()).replace('.', '=.'),
      PROFILE,
      VALID,
      'Invalid signature',
    ],
    [
      'body not JSON',
      `${makeToken(HS_HEADER, {}).split('.')[0]}.bm9wZQ.c2ln`,
      PROFILE,
      VALID,
      'Invalid body',
    ],
    [
      'padded signature',
      `${makeToken(HS_HEADER, goodPayload())}=`,
      PROFILE,
      VALID,
      'Invalid signature',
    ],
    [
      'typ missing (jose default)',
      makeToken({ alg: 'HS256' }, goodPayload()),
      PROFILE,
      VALID,
      'Invalid typ',
    ],
    [
      'typ lowercase',
      makeToken({ alg: 'HS256', typ: 'jwt' }, goodPayload()),
      PROFILE,
      VALID,
      'Invalid typ',
    ],
    [
      'alg RS256 on an HS256 server',
      makeToken({ alg: 'RS256', typ: 'JWT' }, goodPayload()),
      PROFILE,
      VALID,
      'Invalid or incorrect alg',
    ],
    [
      'ES256',
      makeToken({ alg: 'ES256', typ: 'JWT' }, goodPayload()),
      PROFILE,
      VALID,
      'Invalid or incorrect alg',
    ],
    [
      'PS256',
      makeToken({ alg: 'PS256', typ: 'JWT' }, goodPayload()),
      { ...PROFILE, signature_algorithm: 'RS256' },
      VALID,
      'Invalid or incorrect alg',
    ],
    [
      'EdDSA',
      makeToken({ alg: 'EdDSA', typ: 'JWT' }, goodPayload()),
      PROFILE,
      VALID,
      'Invalid or incorrect alg',
    ],
    [
      'alg none',
      makeToken({ alg: 'none', typ: 'JWT' }, goodPayload()),
      PROFILE,
      VALID,
      'Invalid or incorrect alg',
    ],
    [
      'bad signature',
      makeToken(HS_HEADER, goodPayload()),
      PROFILE,
      { now: NOW, signature: { status: 'invalid', message: 'x' } },
      'Invalid signature',
    ],
    [
      'exp a string',
      makeToken(HS_HEADER, goodPayload({ exp: '1800003600' })),
      PROFILE,
      VALID,
      'exp must be number',
    ],
    [
      'exp null',
      makeToken(HS_HEADER, goodPayload({ exp: null })),
      PROFILE,
      VALID,
      'exp must be number',
    ],
    [
      'nbf a string',
      makeToken(HS_HEADER, goodPayload({ nbf: 'now' })),
      PROFILE,
      VALID,
      'nbf must be number',
    ],
    [
      'expired exactly now (no leeway)',
      makeToken(HS_HEADER, goodPayload({ exp: NOW })),
      PROFILE,
      VALID,
      'Not acceptable by exp (0 sec since expired, valid for:60 sec)',
    ],
    [
      'expired 3 min ago',
      makeToken(HS_HEADER, goodPayload({ exp: NOW - 180, iat: NOW - 3780 })),
      PROFILE,
      VALID,
      'Not acceptable by exp (180 sec since expired, valid for:3600 sec)',
    ],
    [
      'expired, no iat',
      makeToken(HS_HEADER, goodPayload({ exp: NOW - 5, iat: undefined })),
      PROFILE,
      VALID,
      'Not acceptable by exp (5 sec since expired)',
    ],
    [
      'nbf one second ahead (no leeway)',
      makeToken(HS_HEADER, goodPayload({ nbf: NOW + 1 })),
      PROFILE,
      VALID,
      'Not acceptable by nbf',
    ],
    [
      'iss missing',
      makeToken(HS_HEADER, goodPayload({ iss: undefined })),
      PROFILE,
      VALID,
      "'iss' claim is missing",
    ],
    [
      'iss not app_id',
      makeToken(HS_HEADER, goodPayload({ iss: 'other' })),
      PROFILE,
      VALID,
      "invalid 'iss' claim",
    ],
    [
      'iss not in accepted issuers',
      makeToken(HS_HEADER, goodPayload()),
      { ...PROFILE, asap_accepted_issuers: ['a', 'b'] },
      VALID,
      "invalid 'iss' claim",
    ],
    [
      'aud missing',
      makeToken(HS_HEADER, goodPayload({ aud: undefined })),
      PROFILE,
      VALID,
      "'aud' claim is missing",
    ],
    [
      'aud not in a strict list',
      makeToken(HS_HEADER, goodPayload({ aud: 'x' })),
      { ...PROFILE, asap_accepted_audiences: ['jitsi'] },
      VALID,
      "invalid 'aud' claim",
    ],
    [
      'aud array under a strict list',
      makeToken(HS_HEADER, goodPayload({ aud: ['jitsi'] })),
      { ...PROFILE, asap_accepted_audiences: ['jitsi'] },
      VALID,
      "invalid 'aud' claim",
    ],
    [
      'room missing (current server)',
      makeToken(HS_HEADER, goodPayload({ room: undefined })),
      PROFILE,
      VALID,
      'room claim is missing',
    ],
    [
      'room missing (older server)',
      makeToken(HS_HEADER, goodPayload({ room: undefined })),
      { ...PROFILE, older_release: true },
      VALID,
      "'room' claim is missing",
    ],
    [
      'sub missing (current server)',
      makeToken(HS_HEADER, goodPayload({ sub: undefined })),
      PROFILE,
      VALID,
      'sub claim is missing',
    ],
    [
      'unsupported server algorithm',
      makeToken(HS_HEADER, goodPayload()),
      { ...PROFILE, signature_algorithm: 'ES256' as 'HS256' },
      VALID,
      'Algorithm not supported',
    ],
  ];
  it.each(cases)('%s', (_name, token, profile, options, reason) => {
    const verdict = judge(token, profile, options);
    expect(verdict.login).toEqual({ ok: false, reason });
    expect(verdict.join).toEqual({ ok: false, reason: 'not attempted: the login is refused' });
  });

  it('does not attempt the join when the login fails, even if the join checks fail too', () => {
    const verdict = judge(makeToken({ alg: 'HS256' }, goodPayload({ room: 'elsewhere' })));
    expect(verdict.join).toEqual({ ok: false, reason: 'not attempted: the login is refused' });
    expect(statusOf(verdict, 'room')).toBe('fail');
  });

  it('reports the first failure in server order when several fail (typ before iss)', () => {
    const verdict = judge(makeToken({ alg: 'HS256' }, goodPayload({ iss: 'x', aud: undefined })));
    expect(verdict.login.reason).toBe('Invalid typ');
    expect(statusOf(verdict, 'iss')).toBe('fail');
    expect(statusOf(verdict, 'aud')).toBe('fail');
  });

  it('checks iss before aud, aud before room, room before sub', () => {
    const payload = goodPayload({
      iss: undefined,
      aud: undefined,
      room: undefined,
      sub: undefined,
    });
    expect(judge(makeToken(HS_HEADER, payload)).login.reason).toBe("'iss' claim is missing");
    expect(judge(makeToken(HS_HEADER, { ...payload, iss: 'my_app' })).login.reason).toBe(
      "'aud' claim is missing",
    );
    expect(judge(makeToken(HS_HEADER, { ...payload, iss: 'my_app', aud: 'a' })).login.reason).toBe(
      'room claim is missing',
    );
    expect(
      judge(makeToken(HS_HEADER, { ...payload, iss: 'my_app', aud: 'a', room: '*' })).login.reason,
    ).toBe('sub claim is missing');
  });
});

describe('judgeToken: what the server lets pass', () => {
  it.each<[string, Record<string, unknown>, ServerProfile]>([
    ['exp absent (optional)', { exp: undefined }, PROFILE],
    ['exp false (Lua: falsy, not checked)', { exp: false }, PROFILE],
    ['iat in the future (never checked)', { iat: NOW + 99999 }, PROFILE],
    ['nbf equal to now', { nbf: NOW }, PROFILE],
    ['aud an array under the default "*"', { aud: ['a', 'b'] }, PROFILE],
    ['aud anything under "*"', { aud: 42 }, PROFILE],
    [
      'iss anything when issuers hold "*"',
      { iss: 'whoever' },
      { ...PROFILE, asap_accepted_issuers: ['x', '*'] },
    ],
    ['iss in a list', { iss: 'b' }, { ...PROFILE, asap_accepted_issuers: ['a', 'b'] }],
    [
      'aud exact in a strict list',
      { aud: 'jitsi' },
      { ...PROFILE, asap_accepted_audiences: ['jitsi'] },
    ],
    [
      'room missing when asap_require_room_claim is off',
      { room: undefined },
      { ...PROFILE, asap_require_room_claim: false },
    ],
    [
      'sub missing on an older server (login only)',
      { sub: undefined },
      { ...PROFILE, older_release: true },
    ],
  ])('%s', (_name, overrides, profile) => {
    expect(judge(makeToken(HS_HEADER, goodPayload(overrides)), profile).login).toEqual({
      ok: true,
    });
  });

  it('warns that a token without exp never expires', () => {
    const verdict = judge(makeToken(HS_HEADER, goodPayload({ exp: undefined })));
    expect(verdict.checks.find((check) => check.id === 'exp')).toMatchObject({
      status: 'warn',
      message:
        'No exp: the server accepts it, and the token never expires. Anyone who copies it can use it for ever.',
    });
  });

  it('lets users in without a token when allow_empty_token is on', () => {
    const verdict = judge('', { ...PROFILE, allow_empty_token: true });
    expect(verdict.login).toEqual({ ok: true });
    expect(verdict.join).toEqual({ ok: true });
  });

  it('skips the signature check (without failing) when no outcome is given', () => {
    const verdict = judge(makeToken(HS_HEADER, goodPayload()), PROFILE, { now: NOW });
    expect(statusOf(verdict, 'signature')).toBe('skip');
    expect(verdict.login).toEqual({ ok: true });
  });
});

describe('judgeToken: issuer with no accepted issuer at all', () => {
  it('says so in one clean sentence, and the fix names app_id', () => {
    const verdict = judge(makeToken(HS_HEADER, goodPayload({ iss: 'someone' })), {
      app_secret: 's3cret',
      muc_mapper_domain_base: 'meet.jitsi',
    });
    const iss = verdict.checks.find((check) => check.id === 'iss');
    expect(iss?.message).toBe(
      'iss is "someone"; the server accepts no issuer at all: the profile has neither app_id (the default accepted issuer) nor asap_accepted_issuers.',
    );
    expect(iss?.fix).toBe(
      'Set app_id in the profile, or add "someone" to asap_accepted_issuers (docker: JWT_ACCEPTED_ISSUERS).',
    );
  });
});

describe('judgeToken: key-server mode', () => {
  const KEY_PROFILE: ServerProfile = {
    app_id: 'my_app',
    asap_key_server: 'https://keys.example.com/asap',
    muc_mapper_domain_base: 'meet.jitsi',
  };
  const RS = { alg: 'RS256', typ: 'JWT', kid: 'dev/key-1' };
  it.each<[string, string, JudgeOptions, string]>([
    [
      'header not decodable',
      `bm9.${makeToken(RS, goodPayload()).split('.').slice(1).join('.')}`,
      VALID,
      'bad token format',
    ],
    ['no dots', 'abc', VALID, 'Invalid token'],
    [
      'kid missing',
      makeToken({ alg: 'RS256', typ: 'JWT' }, goodPayload()),
      VALID,
      "'kid' claim is missing",
    ],
    [
      'alg missing',
      makeToken({ typ: 'JWT', kid: 'k' }, goodPayload()),
      VALID,
      "'alg' claim is missing",
    ],
    [
      'HS256 with a key server',
      makeToken({ alg: 'HS256', typ: 'JWT', kid: 'k' }, goodPayload()),
      VALID,
      "'kid' claim only support with RS family",
    ],
    [
      'ES256 with a key server',
      makeToken({ alg: 'ES256', typ: 'JWT', kid: 'k' }, goodPayload()),
      VALID,
      "'kid' claim only support with RS family",
    ],
    [
      'key not served',
      makeToken(RS, goodPayload()),
      { now: NOW, signature: { status: 'no-key', message: 'HTTP 404' } },
      'could not obtain public key',
    ],
    [
      'key served, wrong signature',
      makeToken(RS, goodPayload()),
      { now: NOW, signature: { status: 'invalid', message: 'no match' } },
      'Invalid signature',
    ],
    [
      'typ missing after the key is fetched',
      makeToken({ alg: 'RS256', kid: 'k' }, goodPayload()),
      VALID,
      'Invalid typ',
    ],
  ])('%s', (_name, token, options, reason) => {
    expect(judgeToken(token, KEY_PROFILE, TARGET, options).login).toEqual({ ok: false, reason });
  });

  it('refuses a token with "=" padding as a server does: "Invalid signature", after reading its header', () => {
    const padded = (token: string) => {
      const [header = '', payload = '', signature = ''] = token.split('.');
      return `${header}==.${payload}.${signature}`;
    };
    const withKeyServer = judgeToken(
      padded(makeToken(RS, goodPayload())),
      KEY_PROFILE,
      TARGET,
      VALID,
    );
    expect(withKeyServer.login).toEqual({ ok: false, reason: 'Invalid signature' });
    expect(withKeyServer.checks.find((check) => check.id === 'key-header')?.status).toBe('pass');
    const withSecret = judge(padded(makeToken(HS_HEADER, goodPayload())));
    expect(withSecret.login).toEqual({ ok: false, reason: 'Invalid signature' });
  });

  it('accepts an RS256 token whose key was fetched', () => {
    const verdict = judgeToken(makeToken(RS, goodPayload()), KEY_PROFILE, TARGET, VALID);
    expect(verdict.login).toEqual({ ok: true });
    expect(verdict.checks.slice(0, 6).map((check) => check.id)).toEqual([
      'present',
      'key-header',
      'kid',
      'alg-family',
      'public-key',
      'format',
    ]);
  });

  it('warns (no failure) when asap_key_server ends with "/": the server fetches ...//<hash>.pem', () => {
    const verdict = judgeToken(
      makeToken(RS, goodPayload()),
      { ...KEY_PROFILE, asap_key_server: 'https://keys.example.com/asap/' },
      TARGET,
      VALID,
    );
    expect(verdict.login).toEqual({ ok: true });
    expect(verdict.checks.find((check) => check.id === 'key-server-slash')).toEqual({
      id: 'key-server-slash',
      stage: 'login',
      status: 'warn',
      title: 'Key server address',
      message:
        'asap_key_server ends with "/": the server joins it with a plain "/" and fetches https://keys.example.com/asap//<hex(sha256(kid))>.pem (two slashes), which many web servers do not map to the file.',
      fix: 'Remove the trailing "/" from asap_key_server (docker: JWT_ASAP_KEYSERVER).',
    });
    const plain = judgeToken(makeToken(RS, goodPayload()), KEY_PROFILE, TARGET, VALID);
    expect(plain.checks.some((check) => check.id === 'key-server-slash')).toBe(false);
  });

  it('expects RS256 by default with a key server', () => {
    const verdict = judgeToken(
      makeToken({ alg: 'RS512', typ: 'JWT', kid: 'k' }, goodPayload()),
      KEY_PROFILE,
      TARGET,
      VALID,
    );
    expect(verdict.login).toEqual({ ok: false, reason: 'Invalid or incorrect alg' });
  });
});

describe('judgeToken: never throws', () => {
  it.each([
    '.',
    '..',
    '...',
    'a.b.c',
    '\u0000.\u0000.\u0000',
    'eyJ.eyJ.eyJ',
    `${'x'.repeat(70000)}`,
  ])('on %j', (input) => {
    expect(() => judge(input)).not.toThrow();
    expect(judge(input).login.ok).toBe(false);
  });
});
