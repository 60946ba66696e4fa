import type { PublicServerProfile } from '../config/launcher-config.ts';
import { isJitsiAlgorithm } from '../core/profile-settings.ts';
import type { ServerProfile, Target } from '../core/types.ts';

/** Stands in for the XMPP domain a server with tenant URLs must have, when config.json omits it. */
export const UNSTATED_XMPP_DOMAIN = 'xmpp-domain.invalid';

/**
 * The profile the pre-join verdict judges by: what config.json's `server` states, and for each
 * setting it leaves out, the most permissive value a working Jitsi server could have, so a
 * token is refused only for what every such server refuses:
 * - no `app_id` and no `asap_accepted_issuers`: any issuer (`*`); `iss` must still be present;
 * - no `signature_algorithm`, `asap_key_server` or `public_key`: the token's own alg when it is
 *   one of the six Jitsi algorithms (ES256 or "none" still fail);
 * - a tenant and no `muc_mapper_domain_base`: some XMPP domain (tenant URLs need one), so `sub`
 *   is compared with the tenant.
 * Everything else keeps the server's own defaults (audiences `*`, room claim required, domain
 * verification on).
 */
export function prejoinProfile(
  stated: PublicServerProfile | undefined,
  tokenAlg: unknown,
  target: Target,
): ServerProfile {
  const profile: ServerProfile = { ...stated };
  if (profile.app_id === undefined && profile.asap_accepted_issuers === undefined) {
    profile.asap_accepted_issuers = ['*'];
  }
  const keyStated =
    profile.signature_algorithm !== undefined ||
    profile.asap_key_server !== undefined ||
    profile.public_key !== undefined;
  if (!keyStated && isJitsiAlgorithm(tokenAlg)) profile.signature_algorithm = tokenAlg;
  if (target.tenant !== undefined && profile.muc_mapper_domain_base === undefined) {
    profile.muc_mapper_domain_base = UNSTATED_XMPP_DOMAIN;
  }
  return profile;
}
