import type { ClaimInput, ClaimUser } from '../core/types.ts';
import type { ClaimForm } from './claim-form.ts';

/** The form as the token core's claim input: empty fields left out, values typed as chosen. */
export function toClaimInput(form: ClaimForm): ClaimInput {
  const user: ClaimUser = {};
  if (form.userId !== '') user.id = form.userId;
  if (form.userName !== '') user.name = form.userName;
  if (form.userEmail !== '') user.email = form.userEmail;
  if (form.userAvatar !== '') user.avatar = form.userAvatar;
  if (form.moderator) user.moderator = form.featuresAsStrings ? 'true' : true;
  if (form.affiliation !== '') user.affiliation = form.affiliation;
  const features: Record<string, boolean | 'true' | 'false'> = {};
  for (const [key, value] of Object.entries(form.features)) {
    if (value === undefined) continue;
    features[key] = form.featuresAsStrings ? value : value === 'true';
  }
  const input: ClaimInput = {
    iss: form.iss,
    aud: form.aud,
    sub: form.sub,
    room: form.room,
    lifetimeSeconds: form.lifetimeSeconds,
    nbfMarginSeconds: form.nbfMarginSeconds,
  };
  if (Object.keys(user).length > 0) input.user = user;
  if (Object.keys(features).length > 0) input.features = features;
  if (form.roomRegex) input.roomRegex = true;
  return input;
}
