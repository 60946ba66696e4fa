import { describe, expect, it } from 'vitest';
import { defaultClaimForm, formFromPayload, mergeClaims } from '../../src/lab/claim-form.ts';

const docker = { app_id: 'my_app', muc_mapper_domain_base: 'meet.jitsi' };

describe('the claims form defaults', () => {
  it('names the XMPP domain in sub and writes the room as the server compares it', () => {
    const form = defaultClaimForm(docker, { domain: 'localhost:8443', room: 'Daily Standup' });
    expect(form).toMatchObject({
      iss: 'my_app',
      aud: 'my_app',
      sub: 'meet.jitsi',
      room: 'daily%20standup',
      lifetimeSeconds: 3600,
      nbfMarginSeconds: 10,
      featuresAsStrings: false,
    });
  });

  it('names the tenant in sub on tenant URLs, and uses * for no room', () => {
    const form = defaultClaimForm(docker, { domain: 'meet.example', tenant: 'Acme', room: '' });
    expect(form.sub).toBe('acme');
    expect(form.room).toBe('*');
  });

  it('follows JaaS: aud jitsi, iss chat, features as strings', () => {
    const form = defaultClaimForm(
      { app_id: 'jitsi', jaas: true, asap_accepted_issuers: ['chat'] },
      { domain: '8x8.vc', tenant: 'vpaas-magic-cookie-abc', room: 'r' },
    );
    expect(form).toMatchObject({
      iss: 'chat',
      aud: 'jitsi',
      sub: 'vpaas-magic-cookie-abc',
      featuresAsStrings: true,
      features: {
        livestreaming: 'false',
        recording: 'false',
        transcription: 'false',
        'outbound-call': 'false',
      },
    });
  });
});

describe('reading the raw JSON back into the form', () => {
  const previous = defaultClaimForm(docker, { domain: 'localhost:8443', room: 'r' });

  it('fills every field it can hold', () => {
    const { form, extra } = formFromPayload(
      {
        iss: 'a',
        aud: 'b',
        sub: 'meet.jitsi',
        room: 'x',
        iat: 1000,
        nbf: 990,
        exp: 1600,
        context: {
          user: {
            id: 'u1',
            name: 'Ann',
            email: 'a@x',
            avatar: 'https://a/img',
            moderator: 'true',
            affiliation: 'owner',
          },
          features: { recording: true, lobby: false },
          room: { regex: true },
        },
      },
      previous,
    );
    expect(extra).toEqual({});
    expect(form).toEqual({
      ...previous,
      iss: 'a',
      aud: 'b',
      sub: 'meet.jitsi',
      room: 'x',
      lifetimeSeconds: 600,
      nbfMarginSeconds: 10,
      userId: 'u1',
      userName: 'Ann',
      userEmail: 'a@x',
      userAvatar: 'https://a/img',
      moderator: true,
      affiliation: 'owner',
      features: { recording: 'true', lobby: 'false' },
      roomRegex: true,
      featuresAsStrings: false,
    });
  });

  it('keeps what the form cannot hold, to be signed as written', () => {
    const { form, extra } = formFromPayload(
      {
        iss: 'a',
        aud: ['x', 'y'],
        exp: 'tomorrow',
        moderator: true,
        context: { group: 'g', user: { lang: 'de' }, features: { recording: 'maybe' } },
      },
      previous,
    );
    expect(form.iss).toBe('a');
    expect(form.aud).toBe(previous.aud);
    expect(extra).toEqual({
      aud: ['x', 'y'],
      exp: 'tomorrow',
      moderator: true,
      context: { group: 'g', user: { lang: 'de' }, features: { recording: 'maybe' } },
    });
  });

  it('lays extra claims over the built ones, merging objects', () => {
    expect(
      mergeClaims(
        { iss: 'a', exp: 10, context: { user: { name: 'Ann' } } },
        { exp: 'tomorrow', context: { user: { lang: 'de' }, group: 'g' } },
      ),
    ).toEqual({
      iss: 'a',
      exp: 'tomorrow',
      context: { user: { name: 'Ann', lang: 'de' }, group: 'g' },
    });
  });
});
