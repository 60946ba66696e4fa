import type { EffectiveProfile, ServerProfile } from './types.ts';

/** Fills in the server's defaults (token/util.lib.lua) for settings the profile leaves out. */
export function effectiveProfile(profile: ServerProfile): EffectiveProfile {
  const keyServer = profile.asap_key_server?.trim() ? profile.asap_key_server.trim() : undefined;
  const algorithm =
    profile.signature_algorithm ?? (keyServer || profile.public_key ? 'RS256' : 'HS256');
  return {
    appId: profile.app_id,
    keyServer,
    algorithm,
    acceptedIssuers:
      profile.asap_accepted_issuers ?? (profile.app_id === undefined ? [] : [profile.app_id]),
    acceptedAudiences: profile.asap_accepted_audiences ?? ['*'],
    requireRoomClaim: profile.asap_require_room_claim ?? true,
    allowEmptyToken: profile.allow_empty_token ?? false,
    domainVerification: profile.enable_domain_verification ?? true,
    xmppDomain: profile.muc_mapper_domain_base?.trim() || undefined,
    olderRelease: profile.older_release ?? false,
    jaas: profile.jaas ?? false,
  };
}
