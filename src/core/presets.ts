import type { Preset, PresetId } from './types.ts';

const CUSTOM: Preset = {
  id: 'custom',
  label: 'Custom',
  description: 'Copy the settings from your prosody config (names as prosody names them).',
  profile: {},
};

/**
 * Server profiles for the common set-ups. Secrets are never part of a preset: the user adds
 * `app_secret` (or a public key) to check signatures.
 */
export const PRESETS: readonly Preset[] = [
  {
    id: 'docker-hs256',
    label: 'docker-jitsi-meet, shared secret (HS256)',
    description:
      'ENABLE_AUTH=1, AUTH_TYPE=jwt, JWT_APP_ID and JWT_APP_SECRET. XMPP_DOMAIN defaults to meet.jitsi, which is what `sub` must name; JWT_ENABLE_DOMAIN_VERIFICATION defaults to false since stable-8252.',
    profile: {
      app_id: 'my_jitsi_app_id',
      signature_algorithm: 'HS256',
      muc_mapper_domain_base: 'meet.jitsi',
      enable_domain_verification: false,
    },
  },
  {
    id: 'docker-asap',
    label: 'docker-jitsi-meet, key server (RS256)',
    description:
      'JWT_ASAP_KEYSERVER instead of JWT_APP_SECRET: the server fetches <key server>/<hex(sha256(kid))>.pem for each kid. XMPP_DOMAIN defaults to meet.jitsi.',
    profile: {
      app_id: 'my_jitsi_app_id',
      asap_key_server: 'https://keys.example.com/asap',
      signature_algorithm: 'RS256',
      muc_mapper_domain_base: 'meet.jitsi',
      enable_domain_verification: false,
    },
  },
  {
    id: 'prosody-hs256',
    label: 'Plain prosody (jitsi-meet-tokens), HS256',
    description:
      'The set-up of most guides: authentication = "token", app_id and app_secret in the VirtualHost, token_verification on the conference component. The XMPP domain is usually the public host name: set muc_mapper_domain_base to it.',
    profile: {
      app_id: 'my_app_id',
      signature_algorithm: 'HS256',
      enable_domain_verification: true,
    },
  },
  {
    id: 'jaas',
    label: 'JaaS (8x8.vc)',
    description:
      'Jitsi as a Service: RS256 with the key uploaded in the JaaS console; kid "vpaas-magic-cookie-<id>/<key id>", aud "jitsi", iss "chat", sub the AppID, URL 8x8.vc/<AppID>/<room>.',
    profile: {
      app_id: 'jitsi',
      signature_algorithm: 'RS256',
      asap_accepted_issuers: ['chat'],
      asap_accepted_audiences: ['jitsi'],
      enable_domain_verification: true,
      // JaaS URLs always carry the AppID as tenant; the base domain is only needed to be set.
      muc_mapper_domain_base: '8x8.vc',
      jaas: true,
    },
  },
  CUSTOM,
];

export function presetById(id: PresetId): Preset {
  return PRESETS.find((candidate) => candidate.id === id) ?? CUSTOM;
}
