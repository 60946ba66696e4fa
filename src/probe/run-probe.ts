import { decodeToken } from '../core/decode-token.ts';
import { inspectToken } from '../core/inspect-token.ts';
import { isJitsiAlgorithm } from '../core/profile-settings.ts';
import type { ServerProfile, Target } from '../core/types.ts';
import { compareAnswer } from './compare-answer.ts';
import { discoverServer, type ServerOverrides } from './discover-server.ts';
import type { Prediction, ProbeReport, ServerSettings } from './probe-types.ts';
import { roomJid, serviceUrl, withoutToken } from './probe-urls.ts';
import { probeXmpp } from './xmpp-probe.ts';

/** Each network step's default limit. */
export const DEFAULT_PROBE_TIMEOUT_MS = 10_000;

export interface ProbeRequest {
  /** `https://DOMAIN` of the meeting URL. */
  origin: string;
  target: Target;
  token: string;
  /** The server settings as the user states them; without it the prediction assumes little. */
  profile?: ServerProfile | undefined;
  overrides?: ServerOverrides;
  /** Also run the room stage (conference request and MUC join). */
  join: boolean;
  /** Unix seconds, for the prediction. */
  now: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  clock?: () => number;
}

/**
 * Without a profile: the settings the token itself and config.js tell (its alg, the XMPP domain as
 * muc_mapper_domain_base) and any issuer; the signature is not checked.
 */
function assumedProfile(token: string, server: ServerSettings): ServerProfile {
  const decoded = decodeToken(token);
  const alg = decoded.ok ? decoded.value.header.alg : undefined;
  return {
    asap_accepted_issuers: ['*'],
    muc_mapper_domain_base: server.xmppDomain,
    ...(isJitsiAlgorithm(alg) ? { signature_algorithm: alg } : {}),
  };
}

async function predict(request: ProbeRequest, server: ServerSettings): Promise<Prediction> {
  const given = request.profile;
  const profile: ServerProfile = given
    ? { muc_mapper_domain_base: server.xmppDomain, ...given }
    : assumedProfile(request.token, server);
  const verdict = await inspectToken(request.token, profile, request.target, {
    now: request.now,
    fetch: request.fetch ?? globalThis.fetch,
    timeoutMs: request.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
  });
  return { login: verdict.login, join: verdict.join, profile: given ? 'given' : 'assumed' };
}

/**
 * Asks a Jitsi deployment what it says to a token, the way its web client connects, next to what
 * the launcher predicts. Never throws; the token appears in no report or message.
 */
export async function runProbe(request: ProbeRequest): Promise<ProbeReport> {
  const timeoutMs = request.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const clock = request.clock ?? (() => performance.now());
  const begun = clock();
  const discovered = await discoverServer({
    origin: request.origin,
    target: request.target,
    overrides: request.overrides ?? {},
    fetch: request.fetch ?? globalThis.fetch,
    timeoutMs,
  });
  const config = Math.round(clock() - begun);
  if (!discovered.ok)
    return { ok: false, failure: discovered.error, server: null, timings: { config } };
  const server = discovered.value;
  const predicted = await predict(request, server);
  const url = serviceUrl(server.websocket, request.target.room, request.token.trim());
  const answer = await probeXmpp({
    serviceUrl: url,
    shownUrl: withoutToken(url),
    xmppDomain: server.xmppDomain,
    focus: server.focus,
    roomJid: request.join ? roomJid(request.target.room, server.mucDomain) : undefined,
    timeoutMs,
    clock,
  });
  const timings = { config, ...answer.timings };
  if (!answer.ok) return { ok: false, failure: answer.failure, server, timings };
  return {
    ok: true,
    server,
    login: answer.login,
    join: answer.join,
    predicted,
    comparison: compareAnswer(predicted, answer.login, answer.join),
    timings,
  };
}
