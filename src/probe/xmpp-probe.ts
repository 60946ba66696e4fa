import { client, type XmppClient } from '@xmpp/client';
import { networkFailure } from './network-failure.ts';
import { nodeWebSocketTransport } from './node-websocket.ts';
import type {
  JoinAnswer,
  LoginAnswer,
  ProbeFailure,
  ProbeStep,
  ProbeTimings,
} from './probe-types.ts';
import { askFocus, joinRoom } from './room-stage.ts';
import {
  errorName,
  field,
  StepTimeout,
  streamErrorFailure,
  timeoutFailure,
} from './xmpp-failures.ts';

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
    if (/xml|parse/i.test(errorName(error)))
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
