import { networkFailure } from './network-failure.ts';
import type { ProbeFailure, ProbeStep } from './probe-types.ts';
import type { XmppProbeOptions } from './xmpp-probe.ts';

/** A step of the probe that got no answer in time. */
export class StepTimeout extends Error {
  constructor(readonly step: ProbeStep) {
    super(`step ${step} timed out`);
  }
}

/** A string property of an error object from @xmpp (condition, text), if it has one. */
export function field(value: unknown, name: string): string | undefined {
  if (typeof value !== 'object' || value === null || !(name in value)) return undefined;
  const found: unknown = Reflect.get(value, name);
  return typeof found === 'string' && found !== '' ? found : undefined;
}

/** The name of an error from @xmpp (SASLError, StreamError, StanzaError, TimeoutError). */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** What a step that got no answer in time means, and what to do. */
export function timeoutFailure(step: ProbeStep, options: XmppProbeOptions): ProbeFailure {
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

export function streamErrorFailure(error: unknown, options: XmppProbeOptions): ProbeFailure {
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
