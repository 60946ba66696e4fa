import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildClaims } from '../../src/core/build-claims.ts';
import { decodeToken } from '../../src/core/decode-token.ts';
import { effectiveProfile } from '../../src/core/effective-profile.ts';
import { inspectToken } from '../../src/core/inspect-token.ts';
import { judgeToken } from '../../src/core/judge-token.ts';
import { exportPublicKey } from '../../src/core/keys/export-public-key.ts';
import { generateKeyPair } from '../../src/core/keys/generate-key-pair.ts';
import { luaMatch } from '../../src/core/lua-pattern.ts';
import { normalizeRoomName } from '../../src/core/normalize-room.ts';
import { PRESETS } from '../../src/core/presets.ts';
import { signToken } from '../../src/core/sign-token.ts';
import type { PresetId, ServerProfile, SigningKey, Target } from '../../src/core/types.ts';
import { NOW } from './support/make-token.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url');
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const tokenLike = fc
  .tuple(fc.jsonValue(), fc.jsonValue(), fc.string())
  .map(([h, p, s]) => `${b64(h)}.${b64(p)}.${s}`);
const jitsiish = fc
  .tuple(
    fc.record(
      {
        alg: fc.constantFrom('HS256', 'RS256', 'ES256', 'none', 5),
        typ: fc.constantFrom('JWT', 'jwt', undefined),
        kid: fc.option(fc.string()),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(
      fc.constantFrom('iss', 'aud', 'sub', 'room', 'exp', 'nbf', 'iat', 'context', 'moderator'),
      fc.jsonValue(),
    ),
  )
  .map(([h, p]) => `${b64(h)}.${b64(p)}.c2ln`);
const profile: fc.Arbitrary<ServerProfile> = fc.record(
  {
    app_id: fc.string(),
    asap_key_server: fc.string(),
    asap_accepted_issuers: fc.array(fc.string()),
    asap_accepted_audiences: fc.array(fc.string()),
    asap_require_room_claim: fc.boolean(),
    allow_empty_token: fc.boolean(),
    enable_domain_verification: fc.boolean(),
    muc_mapper_domain_base: fc.string(),
    older_release: fc.boolean(),
    jaas: fc.boolean(),
  },
  { requiredKeys: [] },
);
const target: fc.Arbitrary<Target> = fc.record(
  { domain: fc.string(), room: anyText, tenant: fc.string() },
  { requiredKeys: ['domain', 'room'] },
);
const signature = fc.constantFrom(
  undefined,
  { status: 'valid' as const },
  { status: 'invalid' as const, message: 'x' },
  { status: 'no-key' as const, message: 'x' },
);

describe('never throws', () => {
  it('decodeToken on arbitrary strings and JSON', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, tokenLike), (input) => {
        const result = decodeToken(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('judgeToken on arbitrary tokens, profiles, targets and signature outcomes', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, tokenLike, jitsiish),
        profile,
        target,
        signature,
        (token, server, where, outcome) => {
          const verdict = judgeToken(
            token,
            server,
            where,
            outcome ? { now: NOW, signature: outcome } : { now: NOW },
          );
          expect(verdict.checks.some((check) => check.id === 'internal')).toBe(false);
          if (!verdict.login.ok) expect(verdict.join.ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('luaMatch finds any piece of a subject written as an escaped pattern', () => {
    const literal = (text: string) => text.replace(/[^A-Za-z0-9]/gu, (c) => `%${c}`);
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (subject, a, b) => {
          const points = Array.from(subject);
          const [from, to] = [a % (points.length + 1), b % (points.length + 1)].sort(
            (x, y) => x - y,
          );
          const piece = points.slice(from, to).join('');
          expect(luaMatch(subject, literal(piece))).toEqual({ ok: true, value: piece });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('normalizeRoomName is idempotent', () => {
    fc.assert(
      fc.property(anyText, (room) => {
        const once = normalizeRoomName(room);
        expect(normalizeRoomName(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('what sign makes, inspect accepts under the same profile', () => {
  let pair: CryptoKeyPair;
  let pem: string;
  beforeAll(async () => {
    pair = await generateKeyPair();
    pem = (await exportPublicKey(pair.publicKey, 'k')).pem;
  });

  const setups: Record<
    Exclude<PresetId, 'custom'>,
    () => { profile: ServerProfile; key: SigningKey; tenant?: string; sub: string }
  > = {
    'docker-hs256': () => ({
      profile: { ...presetProfile('docker-hs256'), app_secret: 'my_jitsi_app_secret' },
      key: { alg: 'HS256', secret: 'my_jitsi_app_secret' },
      sub: 'meet.jitsi',
    }),
    'docker-asap': () => ({
      profile: presetProfile('docker-asap'),
      key: { alg: 'RS256', kid: 'my_jitsi_app_id/key-1', key: pair.privateKey },
      sub: 'meet.jitsi',
    }),
    'prosody-hs256': () => ({
      profile: {
        ...presetProfile('prosody-hs256'),
        app_secret: 'secret',
        muc_mapper_domain_base: 'meet.example.com',
      },
      key: { alg: 'HS256', secret: 'secret' },
      sub: 'meet.example.com',
    }),
    jaas: () => ({
      profile: { ...presetProfile('jaas'), public_key: pem },
      key: { alg: 'RS256', kid: 'vpaas-magic-cookie-abc/k1', key: pair.privateKey },
      tenant: 'vpaas-magic-cookie-abc',
      sub: 'vpaas-magic-cookie-abc',
    }),
  };

  it.each(Object.keys(setups) as Exclude<PresetId, 'custom'>[])('%s', async (id) => {
    const setup = setups[id]();
    const eff = effectiveProfile(setup.profile);
    const fetchPem: typeof fetch = async () => new Response(pem, { status: 200 });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ maxLength: 20 }),
        async (room, name) => {
          const where: Target = setup.tenant
            ? { domain: '8x8.vc', tenant: setup.tenant, room }
            : { domain: 'meet.example.com', room };
          const claims = buildClaims(
            {
              iss: eff.acceptedIssuers.find((entry) => entry !== '*') ?? 'x',
              aud: eff.acceptedAudiences.find((entry) => entry !== '*') ?? 'jitsi',
              sub: setup.sub,
              room,
              lifetimeSeconds: 3600,
              user: { name },
              features: { recording: 'false' },
            },
            NOW,
          );
          const signed = await signToken(claims, setup.key, setup.profile, {
            now: NOW,
            target: where,
          });
          expect(signed.ok ? 'signed' : signed.error.message).toBe('signed');
          if (!signed.ok) return;
          const verdict = await inspectToken(signed.value, setup.profile, where, {
            now: NOW,
            fetch: fetchPem,
          });
          expect(verdict.checks.filter((check) => check.status === 'fail')).toEqual([]);
          expect(verdict.login).toEqual({ ok: true });
          expect(verdict.join).toEqual({ ok: true });
        },
      ),
      { numRuns: 15 },
    );
  });
});

function presetProfile(id: PresetId): ServerProfile {
  const preset = PRESETS.find((item) => item.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return { ...preset.profile };
}
