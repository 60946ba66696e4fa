import { normalizeRoomName } from './normalize-room.ts';
import type { ClaimInput, JsonObject } from './types.ts';

/** Default nbf margin: a server clock a few seconds behind the signer's still accepts the token. */
export const DEFAULT_NBF_MARGIN = 10;

/**
 * Jitsi claims: iss, aud, sub, room (as the server compares it), iat, nbf slightly in the past,
 * exp from the lifetime, and context.user / context.features / context.room.regex when given.
 */
export function buildClaims(input: ClaimInput, now: number): JsonObject {
  const iat = Math.floor(now);
  const room = input.roomRegex || input.room === '*' ? input.room : normalizeRoomName(input.room);
  const context: JsonObject = {};
  if (input.user) {
    const user: JsonObject = {};
    for (const [name, value] of Object.entries(input.user)) {
      if (value !== undefined && value !== '') user[name] = value;
    }
    context.user = user;
  }
  if (input.features && Object.keys(input.features).length > 0)
    context.features = { ...input.features };
  if (input.roomRegex) context.room = { regex: true };
  const claims: JsonObject = {
    iss: input.iss,
    aud: input.aud,
    sub: input.sub,
    room,
    iat,
    nbf: iat - (input.nbfMarginSeconds ?? DEFAULT_NBF_MARGIN),
    exp: iat + Math.max(1, Math.floor(input.lifetimeSeconds)),
  };
  if (Object.keys(context).length > 0) claims.context = context;
  return claims;
}
