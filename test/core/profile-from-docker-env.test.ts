import { describe, expect, it } from 'vitest';
import { effectiveProfile } from '../../src/core/effective-profile.ts';
import { PRESETS } from '../../src/core/presets.ts';
import { profileFromDockerEnv } from '../../src/core/profile-from-docker-env.ts';
import { serverSetup } from '../../src/core/server-setup.ts';

const messages = (text: string) =>
  profileFromDockerEnv(text).notes.map((note) => `${note.level} ${note.setting}: ${note.message}`);

describe('profileFromDockerEnv: docker-jitsi-meet .env as a server profile', () => {
  it('maps the JWT and XMPP settings, keeping the secret apart', () => {
    const read = profileFromDockerEnv(
      [
        '# Authentication configuration',
        'ENABLE_AUTH=1',
        'ENABLE_GUESTS=0',
        'AUTH_TYPE=jwt',
        'JWT_APP_ID=my_jitsi_app_id',
        'JWT_APP_SECRET="my secret"',
        'JWT_ACCEPTED_ISSUERS=my_web_client,my_app_client,',
        'JWT_ACCEPTED_AUDIENCES=my_server1, my_server2',
        'JWT_ALLOW_EMPTY=0',
        'JWT_ENABLE_DOMAIN_VERIFICATION=true',
        'XMPP_DOMAIN=meet.jitsi',
        'XMPP_MUC_DOMAIN=muc.meet.jitsi',
        'PUBLIC_URL=https://meet.example.com:8443/',
      ].join('\n'),
    );
    expect(read.profile).toEqual({
      app_id: 'my_jitsi_app_id',
      asap_accepted_issuers: ['my_web_client', 'my_app_client'],
      asap_accepted_audiences: ['my_server1', 'my_server2'],
      allow_empty_token: false,
      enable_domain_verification: true,
      muc_mapper_domain_base: 'meet.jitsi',
    });
    expect(read.secret).toBe('my secret');
    expect(read.domain).toBe('meet.example.com:8443');
    expect(read.notes.map((note) => note.setting)).toEqual([
      'JWT_APP_ID',
      'JWT_APP_SECRET',
      'JWT_ACCEPTED_ISSUERS',
      'JWT_ACCEPTED_AUDIENCES',
      'JWT_ENABLE_DOMAIN_VERIFICATION',
      'XMPP_DOMAIN',
    ]);
    expect(read.notes.every((note) => note.level === 'note')).toBe(true);
    expect(
      messages(
        'ENABLE_AUTH=1\nAUTH_TYPE=jwt\nJWT_APP_ID=a\nJWT_APP_SECRET=s\nJWT_ENABLE_DOMAIN_VERIFICATION=1',
      ),
    ).toContain(
      'note JWT_ENABLE_DOMAIN_VERIFICATION: Domain verification is on: on https://DOMAIN/room URLs sub must be meet.jitsi (XMPP_DOMAIN) or *; on tenant URLs, the tenant.',
    );
  });

  it("uses docker-jitsi-meet's defaults for blank and missing values", () => {
    const read = profileFromDockerEnv(
      'ENABLE_AUTH=1\nAUTH_TYPE=jwt\nJWT_APP_ID=app\nJWT_APP_SECRET=s\nXMPP_DOMAIN=\nJWT_ACCEPTED_ISSUERS=',
    );
    expect(read.profile).toEqual({
      app_id: 'app',
      allow_empty_token: false,
      enable_domain_verification: false,
      muc_mapper_domain_base: 'meet.jitsi',
    });
    expect(read.publicUrl).toBe('https://localhost:8443');
    expect(read.domain).toBe('localhost:8443');
    expect(effectiveProfile(read.profile).acceptedIssuers).toEqual(['app']);
  });

  it('reads a key server set-up as RS256, and warns that a secret beside it is never used', () => {
    const read = profileFromDockerEnv(
      'ENABLE_AUTH=1\nAUTH_TYPE=jwt\nJWT_APP_ID=app\nJWT_APP_SECRET=s\nJWT_ASAP_KEYSERVER=https://keys.example.com/asap',
    );
    expect(read.profile.asap_key_server).toBe('https://keys.example.com/asap');
    expect(read.secret).toBeUndefined();
    expect(effectiveProfile(read.profile).algorithm).toBe('RS256');
    expect(
      messages(
        'ENABLE_AUTH=1\nAUTH_TYPE=jwt\nJWT_APP_ID=app\nJWT_APP_SECRET=s\nJWT_ASAP_KEYSERVER=https://k/asap',
      ),
    ).toContain(
      'warning JWT_APP_SECRET: JWT_APP_SECRET and JWT_ASAP_KEYSERVER are both set: with a key server the server checks RS256 signatures against it and never uses the secret.',
    );
  });

  it('warns when the settings contradict token authentication', () => {
    expect(messages('ENABLE_AUTH=1\nAUTH_TYPE=internal\nJWT_APP_ID=a\nJWT_APP_SECRET=s')).toEqual([
      'warning AUTH_TYPE: AUTH_TYPE is internal, not jwt: the server does not check tokens and the JWT_ settings are not used. Set AUTH_TYPE=jwt; the launcher judges as if it were.',
      'note JWT_APP_ID: app_id is a: the accepted issuer (iss) unless JWT_ACCEPTED_ISSUERS says otherwise.',
      'note JWT_APP_SECRET: Tokens are HS256, signed with JWT_APP_SECRET as raw text (kept in memory only here).',
      'note JWT_ENABLE_DOMAIN_VERIFICATION: Domain verification is off (the docker default): sub is not held against the domain; the room claim must still match.',
      'note PUBLIC_URL: PUBLIC_URL is not set: the web UI is at https://localhost:8443, the default.',
    ]);
    const loose = messages(
      'ENABLE_AUTH=yes\nJWT_APP_SECRET=s\nJWT_ALLOW_EMPTY=1\nJWT_SIGN_TYPE=ES256\nJWT_APPID=typo\nPUBLIC_URL=meet.example.com',
    );
    expect(loose).toEqual([
      'warning ENABLE_AUTH: ENABLE_AUTH=yes is not 1, 0, true or false; read as false, the default.',
      'warning ENABLE_AUTH: ENABLE_AUTH is yes: the server asks for no token and lets everyone in. Set ENABLE_AUTH=1; the launcher judges as if it were.',
      'warning AUTH_TYPE: AUTH_TYPE is internal (the default), not jwt: the server does not check tokens and the JWT_ settings are not used. Set AUTH_TYPE=jwt; the launcher judges as if it were.',
      'warning JWT_APP_ID: JWT_APP_ID is not set: app_id is empty, so no issuer is accepted unless JWT_ACCEPTED_ISSUERS lists one.',
      'note JWT_APP_SECRET: Tokens are HS256, signed with JWT_APP_SECRET as raw text (kept in memory only here).',
      'warning JWT_SIGN_TYPE: JWT_SIGN_TYPE=ES256 is not an algorithm a Jitsi server knows (HS256/384/512, RS256/384/512): every token fails with "Algorithm not supported".',
      'note JWT_ALLOW_EMPTY: JWT_ALLOW_EMPTY is on: users without a token get in too; a token that is given is still checked.',
      'note JWT_ENABLE_DOMAIN_VERIFICATION: Domain verification is off (the docker default): sub is not held against the domain; the room claim must still match.',
      'warning PUBLIC_URL: PUBLIC_URL=meet.example.com is not an https:// URL; the meeting server is left as it was.',
      'warning JWT_APPID: JWT_APPID is not a setting docker-jitsi-meet reads: check its spelling.',
    ]);
  });

  it('says which lines it could not read', () => {
    expect(
      messages('ENABLE_AUTH=1\nAUTH_TYPE=jwt\nnonsense\nJWT_APP_SECRET="open').slice(0, 2),
    ).toEqual([
      'warning line 3: Line 3 is not NAME=value; it was skipped.',
      'warning JWT_APP_SECRET: Line 4: the quote that opens JWT_APP_SECRET is never closed; the line was skipped.',
    ]);
  });
});

describe('the server-setup generator and the .env reader are inverses', () => {
  const withSecret = (secret: string) => (profile: object) => ({ ...profile, app_secret: secret });
  it.each(PRESETS.filter((preset) => preset.id !== 'jaas').map((preset) => [preset.id, preset]))(
    '%s: generated .env lines read back to the profile a server judges the same',
    (_id, preset) => {
      const secret = 'a "quoted" $ecret\\with\nnewline';
      const profile =
        preset.profile.asap_key_server === undefined
          ? withSecret(secret)(preset.profile)
          : preset.profile;
      const env = serverSetup(profile, {
        publicUrl: 'https://meet.example.com',
        includeSecret: true,
      }).dockerEnv;
      const read = profileFromDockerEnv(env);
      // A profile that names no XMPP domain gets docker's default in the generated lines.
      const expected = { muc_mapper_domain_base: 'meet.jitsi', ...preset.profile };
      expect(effectiveProfile(read.profile)).toEqual(effectiveProfile(expected));
      expect(read.secret).toBe(preset.profile.asap_key_server === undefined ? secret : undefined);
      expect(read.domain).toBe('meet.example.com');
      // Only a profile without an app id is warned about: then no issuer is accepted.
      expect(
        read.notes.filter((note) => note.level === 'warning').map((note) => note.setting),
      ).toEqual(preset.profile.app_id === undefined ? ['JWT_APP_ID'] : []);
    },
  );

  it('jaas: no .env to read back; the notes say token authentication is off', () => {
    const env = serverSetup(
      PRESETS.find((preset) => preset.id === 'jaas')?.profile ?? {},
    ).dockerEnv;
    expect(messages(env).slice(0, 1)).toEqual([
      'warning ENABLE_AUTH: ENABLE_AUTH is not set (default 0): the server asks for no token and lets everyone in. Set ENABLE_AUTH=1; the launcher judges as if it were.',
    ]);
  });
});
