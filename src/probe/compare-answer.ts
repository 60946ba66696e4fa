import type { Comparison, JoinAnswer, LoginAnswer, Prediction } from './probe-types.ts';

/** Server reason -> the server settings that could make it refuse where the prediction accepts. */
const REFUSAL_CAUSES: [RegExp, string][] = [
  [
    /^Invalid signature$/,
    'the server signs with another app_secret (JWT_APP_SECRET) than the profile, or its key server holds another public key for this kid',
  ],
  [
    /could not obtain public key/,
    "the server cannot fetch this kid's public key from its asap_key_server (JWT_ASAP_KEYSERVER): another URL, no file for the kid, or the key server is unreachable from the server",
  ],
  [
    /invalid 'iss' claim|'iss' claim is missing/,
    'the server accepts other issuers: app_id / asap_accepted_issuers (JWT_APP_ID, JWT_ACCEPTED_ISSUERS)',
  ],
  [
    /invalid 'aud' claim|'aud' claim is missing/,
    'the server has a strict audience list: asap_accepted_audiences (JWT_ACCEPTED_AUDIENCES)',
  ],
  [/^Not acceptable by (exp|nbf)/, "the server's clock differs from this machine's (or from --at)"],
  [/alg|Algorithm/, 'signature_algorithm on the server (RS256 with a key server, else HS256)'],
  [
    /^token required$/,
    'the token did not reach prosody: a proxy in front of it drops the ?token= query',
  ],
  [
    /sub claim is missing/,
    'a newer server that requires sub at login (the profile says older_release)',
  ],
  [/room claim is missing/, 'asap_require_room_claim is on at the server'],
  [
    /Room and token mismatched/,
    'enable_domain_verification and muc_mapper_domain_base at the server (JWT_ENABLE_DOMAIN_VERIFICATION, XMPP_DOMAIN: what sub must name), or the room claim against the room name the client sends',
  ],
];

/** Predicted reason -> why the server may still accept. */
const ACCEPT_CAUSES: [RegExp, string][] = [
  [/^Invalid signature$/, "the server's app_secret or public key is not the profile's"],
  [/iss/, 'the server accepts more issuers (asap_accepted_issuers with "*", or another app_id)'],
  [/aud/, 'the server accepts any audience (asap_accepted_audiences "*")'],
  [/^Not acceptable by (exp|nbf)/, "the server's clock differs from this machine's (or from --at)"],
  [/^token required$/, 'allow_empty_token (JWT_ALLOW_EMPTY) is on at the server'],
  [/sub claim is missing/, 'an older release that lets a token without sub log in (older_release)'],
  [
    /Room and token mismatched/,
    'enable_domain_verification is off at the server (JWT_ENABLE_DOMAIN_VERIFICATION=0), or token_verification is not enabled on its MUC component',
  ],
];

const UNSTATED =
  'a server setting the profile does not state: compare the profile with the prosody config (or the docker .env)';

function cause(table: [RegExp, string][], reason: string | null | undefined): string {
  if (!reason) return UNSTATED;
  return table.find(([pattern]) => pattern.test(reason))?.[1] ?? UNSTATED;
}

/** Numbers (seconds since expiry) and quoting differ between runs and releases; the rule does not. */
function sameReason(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (text: string | null | undefined) =>
    (text ?? '').replace(/\d+/g, 'N').replace(/'/g, '').trim().toLowerCase();
  return norm(a) === norm(b);
}

const quoted = (text: string | null | undefined) => (text ? `"${text}"` : 'no reason');

/**
 * Does the server's answer match the launcher's prediction? Refusals match when their reasons
 * are the same rule. Room answers that no token rule gives (lobby, password, focus errors) are
 * reported but do not count against the prediction.
 */
export function compareAnswer(
  predicted: Prediction,
  login: LoginAnswer,
  join: JoinAnswer | null,
): Comparison {
  const notes: string[] = [];
  let agree = true;
  if (predicted.profile === 'assumed')
    notes.push(
      'No --profile: the prediction does not check the signature and accepts any issuer; give the server settings with --profile FILE for a full prediction.',
    );
  if (login.ok && !predicted.login.ok) {
    agree = false;
    notes.push(
      `The server accepted the login; the prediction was a refusal (${quoted(predicted.login.reason)}). Could be: ${cause(ACCEPT_CAUSES, predicted.login.reason)}; or the server does not check tokens at all (authentication = "anonymous", ENABLE_AUTH off).`,
    );
  } else if (!login.ok && predicted.login.ok) {
    agree = false;
    notes.push(
      `The server refused the login (${quoted(login.reason)}); the prediction was to accept. Could be: ${cause(REFUSAL_CAUSES, login.reason)}.`,
    );
  } else if (!login.ok && !sameReason(login.reason, predicted.login.reason)) {
    agree = false;
    notes.push(
      `Both refuse the login, for different reasons: the server says ${quoted(login.reason)}, the prediction ${quoted(predicted.login.reason)}. Could be: ${cause(REFUSAL_CAUSES, login.reason)}.`,
    );
  }
  if (join === null || !login.ok) return { agree, notes };
  if (!join.ok && join.step === 'focus') {
    notes.push(
      `The focus refused the conference request (${join.condition}${join.reason ? `: "${join.reason}"` : ''}); that is Jicofo's rule, not a token check, so the room join was not tried.`,
    );
    return { agree, notes };
  }
  if (!join.ok && join.condition !== 'not-allowed') {
    notes.push(
      `The room refused the join with ${join.condition}${join.reason ? ` ("${join.reason}")` : ''}: not a token rule (registration-required is the lobby of a members-only room, not-authorized a room password, service-unavailable a full room).`,
    );
    return { agree, notes };
  }
  if (join.ok && !predicted.join.ok) {
    agree = false;
    notes.push(
      `The server let the probe join the room; the prediction was a refusal (${quoted(predicted.join.reason)}). Could be: ${cause(ACCEPT_CAUSES, predicted.join.reason)}.`,
    );
  } else if (!join.ok && predicted.join.ok) {
    agree = false;
    notes.push(
      `The server refused the room join (${quoted(join.reason)}); the prediction was to accept. Could be: ${cause(REFUSAL_CAUSES, join.reason)}.`,
    );
  } else if (!join.ok && !sameReason(join.reason, predicted.join.reason)) {
    agree = false;
    notes.push(
      `Both refuse the room join, for different reasons: the server says ${quoted(join.reason)}, the prediction ${quoted(predicted.join.reason)}.`,
    );
  }
  return { agree, notes };
}
