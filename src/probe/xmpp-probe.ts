import { randomBytes } from 'node:crypto';
import { client, type XmlElement, type XmppClient, xml } from '@xmpp/client';
import { networkFailure } from './network-failure.ts';
import { nodeWebSocketTransport } from './node-websocket.ts';
import type {
  JoinAnswer,
  LoginAnswer,
  ProbeFailure,
  ProbeStep,
  ProbeTimings,
} from './probe-types.ts';

/** The nickname the probe joins the room with. */
export const PROBE_NICK = 'token-probe';

const FOCUS_NS = 'http://jitsi.org/protocol/focus';
const MUC_NS = 'http://jabber.org/protocol/muc';
const MUC_USER_NS = 'http://jabber.org/protocol/muc#user';

export interface XmppProbeOptions {
  /** The WebSocket URL with ?room= and ?token=, as the web client opens it. */
  serviceUrl: string;
  /** The same URL without the token, for messages. */
  shownUrl: string;
  xmppDomain: string;
  focus: string;
  /** The MUC room to ask the focus for and join; no room stage without it. */
  roomJid?: string | undefined;
  timeoutMs: number;
  /** Milliseconds, for the timings. */
  clock?: () => number;
}

export type XmppProbeResult =
  | { ok: true; login: LoginAnswer; join: JoinAnswer | null; timings: ProbeTimings }
  | { ok: false; failure: ProbeFailure; timings: ProbeTimings };

class StepTimeout extends Error {
  constructor(readonly step: ProbeStep) {
    super(`step ${step} timed out`);
  }
}

function field(value: unknown, name: string): string | undefined {
  if (typeof value !== 'object' || value === null || !(name in value)) return undefined;
  const found: unknown = Reflect.get(value, name);
  return typeof found === 'string' && found !== '' ? found : undefined;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** Rejects with StepTimeout when `step()` has made no progress for `ms`; `reset()` on progress. */
function watchdog(ms: number, step: () => ProbeStep) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fail: (error: StepTimeout) => void = () => undefined;
  const promise = new Promise<never>((_, reject) => {
    fail = reject;
  });
  let stopped = false;
  const arm = () => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => fail(new StepTimeout(step())), ms);
  };
  arm();
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
  };
  return { promise, reset: arm, stop };
}

function timeoutFailure(step: ProbeStep, options: XmppProbeOptions): ProbeFailure {
  const { shownUrl: url, timeoutMs } = options;
  switch (step) {
    case 'open':
      return {
        kind: 'not-xmpp',
        step,
        url,
        message: `${url} accepted the WebSocket but sent no XMPP stream within ${timeoutMs} ms.`,
        fix: "This is not prosody's XMPP WebSocket: check the web server's /xmpp-websocket proxy rule, or give the right --websocket URL.",
      };
    case 'auth':
      return {
        kind: 'timeout',
        step,
        url,
        message: `The XMPP server did not answer the login within ${timeoutMs} ms.`,
        fix: 'Check the prosody log; a slow server needs a longer --timeout.',
      };
    case 'focus':
      return {
        kind: 'timeout',
        step,
        url: options.focus,
        message: `The focus ${options.focus} did not answer the conference request within ${timeoutMs} ms.`,
        fix: 'Check that Jicofo runs and is connected to prosody, and that config.js names the right hosts.focus.',
      };
    case 'join':
      return {
        kind: 'timeout',
        step,
        url: options.roomJid ?? url,
        message: `The room ${options.roomJid ?? ''} did not answer the join within ${timeoutMs} ms.`,
        fix: 'Check the MUC component (--muc-domain) and the prosody log.',
      };
    default:
      return networkFailure(new StepTimeout(step), step, url, timeoutMs);
  }
}

function streamErrorFailure(error: unknown, options: XmppProbeOptions): ProbeFailure {
  const condition = field(error, 'condition') ?? 'undefined-condition';
  const text = field(error, 'text');
  const hostUnknown = condition === 'host-unknown';
  return {
    kind: 'stream-error',
    step: 'open',
    url: options.shownUrl,
    message: `The XMPP server ended the stream: ${condition}${text ? ` ("${text}")` : hostUnknown ? `: it does not serve ${options.xmppDomain}` : ''}.`,
    fix: hostUnknown
      ? 'Give the XMPP domain the server serves with --xmpp-domain (docker-jitsi-meet: meet.jitsi; see hosts.domain in config.js).'
      : 'Check the prosody log for this stream error.',
  };
}

/** The condition and text of an XMPP <error/> child. */
function stanzaError(stanza: XmlElement): { condition: string; reason: string | null } {
  const children =
    stanza
      .getChild('error')
      ?.children.filter((child): child is XmlElement => typeof child !== 'string') ?? [];
  const condition = children.find((child) => child.name !== 'text')?.name ?? 'undefined-condition';
  const text = children.find((child) => child.name === 'text')?.text() ?? '';
  return { condition, reason: text === '' ? null : text };
}

/** How long closing may take: the stream close, then the socket close. */
const STOP_MS = 1000;

async function stopQuietly(xmpp: XmppClient): Promise<void> {
  // The library waits `timeout` for each close; a short one leaves no timer holding the process.
  xmpp.timeout = STOP_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    xmpp.stop().catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, 2 * STOP_MS);
    }),
  ]);
  clearTimeout(timer);
  xmpp.socket?.socket?.terminate?.();
  xmpp.removeAllListeners();
  xmpp.on('error', () => undefined);
}

async function askFocus(
  xmpp: XmppClient,
  options: XmppProbeOptions,
  roomJid: string,
): Promise<JoinAnswer | 'ready'> {
  // The web client's conference request (lib-jitsi-meet moderator): room and a machine id. Its
  // token attribute is left out: the login already carried the token.
  const request = xml(
    'iq',
    { type: 'set', to: options.focus },
    xml(
      'conference',
      { xmlns: FOCUS_NS, room: roomJid, 'machine-uid': randomBytes(16).toString('hex') },
      xml('property', { name: 'rtcstatsEnabled', value: 'false' }),
      xml('property', { name: 'visitors-version', value: '1' }),
    ),
  );
  try {
    const result = await xmpp.iqCaller.request(request, options.timeoutMs);
    const conference = result.getChild('conference', FOCUS_NS);
    if (conference?.attrs.ready === 'true') return 'ready';
    return {
      ok: false,
      step: 'focus',
      condition: 'not-ready',
      reason:
        'The focus answered ready="false": it does not start this conference yet (it waits for a moderator or an authenticated user).',
    };
  } catch (error) {
    if (errorName(error) === 'TimeoutError') throw new StepTimeout('focus');
    if (errorName(error) !== 'StanzaError') throw error;
    const element = (error as { element?: XmlElement }).element;
    const parsed = element ? stanzaError(element) : undefined;
    return {
      ok: false,
      step: 'focus',
      condition: field(error, 'condition') ?? parsed?.condition ?? 'undefined-condition',
      reason: field(error, 'text') ?? parsed?.reason ?? null,
    };
  }
}

async function joinRoom(
  xmpp: XmppClient,
  options: XmppProbeOptions,
  roomJid: string,
): Promise<JoinAnswer> {
  const occupant = `${roomJid}/${PROBE_NICK}`;
  const own = (from: string | undefined) => from?.toLowerCase() === occupant.toLowerCase();
  const answer = new Promise<XmlElement>((resolve) => {
    xmpp.on('stanza', (stanza) => {
      if (!stanza.is('presence') || !own(stanza.attrs.from)) return;
      const isSelf = stanza
        .getChild('x', MUC_USER_NS)
        ?.getChildren('status')
        .some((status) => status.attrs.code === '110');
      if (stanza.attrs.type === 'error' || isSelf) resolve(stanza);
    });
  });
  await xmpp.send(xml('presence', { to: occupant }, xml('x', { xmlns: MUC_NS })));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const presence = await Promise.race([
    answer,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StepTimeout('join')), options.timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
  if (presence.attrs.type === 'error') return { ok: false, step: 'join', ...stanzaError(presence) };
  const item = presence.getChild('x', MUC_USER_NS)?.getChild('item');
  await xmpp.send(xml('presence', { to: occupant, type: 'unavailable' })).catch(() => undefined);
  return {
    ok: true,
    affiliation: item?.attrs.affiliation ?? 'none',
    role: item?.attrs.role ?? 'none',
  };
}

/**
 * Logs in over the XMPP WebSocket as the Jitsi web client does (SASL ANONYMOUS, the token on the
 * URL) and, with a room, asks the focus for the conference, joins as `token-probe` and leaves at
 * once. Every step has its own timeout; the connection is always closed. Never throws.
 */
export async function probeXmpp(options: XmppProbeOptions): Promise<XmppProbeResult> {
  const clock = options.clock ?? (() => performance.now());
  const timings: ProbeTimings = {};
  const xmpp = client({
    service: options.serviceUrl,
    domain: options.xmppDomain,
    timeout: options.timeoutMs,
  });
  xmpp.transports.splice(0, xmpp.transports.length, nodeWebSocketTransport(options.timeoutMs));
  xmpp.reconnect.stop();
  xmpp.on('error', () => undefined);
  const progress: { step: ProbeStep } = { step: 'connect' };
  const guard = watchdog(options.timeoutMs, () => progress.step);
  xmpp.on('status', (status) => {
    if (status === 'connect' && progress.step === 'connect') progress.step = 'open';
    else if (status === 'open' && progress.step === 'open') progress.step = 'auth';
    guard.reset();
  });
  const started = clock();
  try {
    const online = xmpp.start();
    online.catch(() => undefined);
    try {
      await Promise.race([online, guard.promise]);
    } finally {
      guard.stop();
      timings.login = Math.round(clock() - started);
    }
  } catch (error) {
    await stopQuietly(xmpp);
    if (error instanceof StepTimeout)
      return { ok: false, failure: timeoutFailure(error.step, options), timings };
    if (errorName(error) === 'SASLError') {
      return {
        ok: true,
        login: {
          ok: false,
          condition: field(error, 'condition') ?? 'not-authorized',
          reason: field(error, 'text') ?? null,
        },
        join: null,
        timings,
      };
    }
    if (errorName(error) === 'StreamError')
      return { ok: false, failure: streamErrorFailure(error, options), timings };
    if (progress.step === 'auth' || /xml|parse/i.test(errorName(error)))
      return {
        ok: false,
        failure: {
          ...timeoutFailure('open', options),
          message: `${options.shownUrl} does not speak XMPP: ${error instanceof Error ? error.message : String(error)}.`,
        },
        timings,
      };
    return {
      ok: false,
      failure: networkFailure(error, progress.step, options.shownUrl, options.timeoutMs),
      timings,
    };
  }
  const login: LoginAnswer = { ok: true, condition: null, reason: null };
  if (options.roomJid === undefined) {
    await stopQuietly(xmpp);
    return { ok: true, login, join: null, timings };
  }
  try {
    let begun = clock();
    const focus = await askFocus(xmpp, options, options.roomJid);
    timings.focus = Math.round(clock() - begun);
    if (focus !== 'ready') return { ok: true, login, join: focus, timings };
    begun = clock();
    const join = await joinRoom(xmpp, options, options.roomJid);
    timings.join = Math.round(clock() - begun);
    return { ok: true, login, join, timings };
  } catch (error) {
    if (error instanceof StepTimeout)
      return { ok: false, failure: timeoutFailure(error.step, options), timings };
    return {
      ok: false,
      failure: networkFailure(error, 'join', options.shownUrl, options.timeoutMs),
      timings,
    };
  } finally {
    await stopQuietly(xmpp);
  }
}
