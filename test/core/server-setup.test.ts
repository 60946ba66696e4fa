import { describe, expect, it } from 'vitest';
import { serverSetup } from '../../src/core/server-setup.ts';

describe('serverSetup', () => {
  it('writes docker-jitsi-meet .env lines and a prosody snippet for HS256', () => {
    const setup = serverSetup(
      { app_id: 'my_app', app_secret: 's3cret', muc_mapper_domain_base: 'meet.jitsi' },
      { includeSecret: true, publicUrl: 'https://localhost:8443' },
    );
    expect(setup.dockerEnv).toBe(
      [
        '# docker-jitsi-meet .env: token authentication (restart with `docker compose up -d`)',
        'ENABLE_AUTH=1',
        'AUTH_TYPE=jwt',
        'ENABLE_GUESTS=0',
        'JWT_APP_ID=my_app',
        'JWT_APP_SECRET=s3cret',
        'JWT_ACCEPTED_ISSUERS=my_app',
        'JWT_ACCEPTED_AUDIENCES=*',
        'JWT_ALLOW_EMPTY=0',
        'JWT_ENABLE_DOMAIN_VERIFICATION=1',
        '# `sub` must name this XMPP domain on plain https://DOMAIN/room URLs',
        'XMPP_DOMAIN=meet.jitsi',
        'PUBLIC_URL=https://localhost:8443',
        '',
      ].join('\n'),
    );
    expect(setup.prosody).toBe(
      [
        '-- Global section of the prosody config (e.g. /etc/prosody/conf.avail/<domain>.cfg.lua)',
        'muc_mapper_domain_base = "meet.jitsi"',
        'asap_accepted_issuers = { "my_app" }',
        'asap_accepted_audiences = { "*" }',
        '',
        'VirtualHost "meet.jitsi"',
        '    authentication = "token"',
        '    app_id = "my_app"',
        '    app_secret = "s3cret"',
        '    signature_algorithm = "HS256"',
        '    allow_empty_token = false',
        '    enable_domain_verification = true',
        '',
        '-- Your conference (MUC) component: keep the modules it lists and add token_verification',
        'Component "conference.meet.jitsi" "muc"',
        '    modules_enabled = {',
        '        "muc_meeting_id";',
        '        "token_verification";',
        '    }',
        '',
      ].join('\n'),
    );
  });

  it('keeps the secret out unless asked', () => {
    const setup = serverSetup({ app_id: 'my_app', app_secret: 's3cret' });
    expect(setup.dockerEnv).toContain("JWT_APP_SECRET='<the secret you sign with>'\n");
    expect(setup.prosody).toContain('    app_secret = "<the secret you sign with>"\n');
    expect(`${setup.dockerEnv}${setup.prosody}`).not.toContain('s3cret');
  });

  it('uses the key server for RS256 and writes no secret', () => {
    const setup = serverSetup({
      app_id: 'jitsi-launcher',
      asap_key_server: 'http://host.docker.internal:5173/asap',
      asap_accepted_issuers: ['jitsi-launcher', 'other'],
      asap_accepted_audiences: ['jitsi'],
      enable_domain_verification: false,
      muc_mapper_domain_base: 'meet.jitsi',
    });
    expect(setup.dockerEnv).toContain(
      [
        'JWT_APP_ID=jitsi-launcher',
        '# The server fetches <JWT_ASAP_KEYSERVER>/<hex(sha256(kid))>.pem; it must reach this URL',
        'JWT_ASAP_KEYSERVER=http://host.docker.internal:5173/asap',
        'JWT_ACCEPTED_ISSUERS=jitsi-launcher,other',
        'JWT_ACCEPTED_AUDIENCES=jitsi',
        'JWT_ALLOW_EMPTY=0',
        'JWT_ENABLE_DOMAIN_VERIFICATION=0',
      ].join('\n'),
    );
    expect(setup.dockerEnv).not.toContain('JWT_APP_SECRET');
    expect(setup.prosody).toContain(
      [
        '    asap_key_server = "http://host.docker.internal:5173/asap"',
        '    signature_algorithm = "RS256"',
      ].join('\n'),
    );
    expect(setup.prosody).toContain('asap_accepted_issuers = { "jitsi-launcher", "other" }\n');
    expect(setup.prosody).not.toContain('app_secret');
  });

  it('quotes hostile values so they stay values', () => {
    const setup = serverSetup(
      { app_id: 'a"b', app_secret: "it's $HOME # x\nEVIL=1", muc_mapper_domain_base: 'x"y' },
      { includeSecret: true },
    );
    expect(setup.dockerEnv).toContain("JWT_APP_ID='a\"b'\n");
    expect(setup.dockerEnv).toContain('JWT_APP_SECRET="it\'s $$HOME # x\\nEVIL=1"\n');
    expect(setup.dockerEnv).not.toMatch(/^EVIL=1$/m);
    expect(setup.prosody).toContain('    app_id = "a\\"b"\n');
    expect(setup.prosody).toContain('    app_secret = "it\'s $HOME # x\\nEVIL=1"\n');
    expect(setup.prosody).toContain('VirtualHost "x\\"y"\n');
  });

  it('notes an algorithm docker-jitsi-meet cannot set', () => {
    const setup = serverSetup({ app_id: 'a', signature_algorithm: 'HS512' });
    expect(setup.dockerEnv).toContain(
      '# HS512: docker-jitsi-meet has no variable for signature_algorithm; set\n',
    );
    expect(setup.prosody).toContain('    signature_algorithm = "HS512"\n');
  });

  it('defaults the XMPP domain to meet.jitsi and says so for older releases', () => {
    const setup = serverSetup({ app_id: 'a', older_release: true });
    expect(setup.dockerEnv).toContain('XMPP_DOMAIN=meet.jitsi\n');
    expect(setup.prosody).toContain(
      '-- Older releases do not check `sub` at login: a token without it fails the room join.\n',
    );
  });

  it('has no server to configure for JaaS', () => {
    const setup = serverSetup({ jaas: true, app_id: 'vpaas-magic-cookie-1' });
    expect(setup.dockerEnv).toBe(
      [
        '# JaaS (8x8.vc) is hosted: there is no server to configure.',
        '# In the JaaS console (API keys), upload the public key (PEM) and use the kid it shows,',
        '# "vpaas-magic-cookie-<AppID>/<key id>"; sign with aud "jitsi", iss "chat", sub "<AppID>".',
        '',
      ].join('\n'),
    );
    expect(setup.prosody.startsWith('-- JaaS (8x8.vc) is hosted')).toBe(true);
  });
});
