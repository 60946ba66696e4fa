import { readCappedText } from '../core/read-capped-text.ts';
import type { Result, Target } from '../core/types.ts';
import { networkFailure } from './network-failure.ts';
import type { ProbeFailure, ServerSettings } from './probe-types.ts';
import { configJsUrl, meetingPageUrl, resolveWebsocketUrl } from './probe-urls.ts';
import { type ConfigJsSettings, readConfigJs } from './read-config-js.ts';

/** A config.js is tens of kB; anything far larger is not one. */
export const MAX_CONFIG_JS_BYTES = 1024 * 1024;

export interface ServerOverrides {
  websocket?: string | undefined;
  xmppDomain?: string | undefined;
  mucDomain?: string | undefined;
}

export interface DiscoverOptions {
  /** `https://DOMAIN` (scheme and host of the meeting URL). */
  origin: string;
  target: Target;
  overrides: ServerOverrides;
  fetch: typeof fetch;
  timeoutMs: number;
}

const SKIP_FIX =
  'Or name the server yourself: --websocket wss://DOMAIN/xmpp-websocket --xmpp-domain D.';

async function fetchConfigJs(
  url: string,
  options: DiscoverOptions,
): Promise<Result<ConfigJsSettings, ProbeFailure>> {
  const fail = (message: string, fix: string): Result<ConfigJsSettings, ProbeFailure> => ({
    ok: false,
    error: { kind: 'config-js', step: 'config', url, message, fix },
  });
  let response: Response;
  let body: string | undefined;
  try {
    response = await options.fetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { accept: 'application/javascript, text/javascript, */*' },
    });
    body = response.ok ? await readCappedText(response, MAX_CONFIG_JS_BYTES) : undefined;
    if (!response.ok) await response.body?.cancel().catch(() => undefined);
  } catch (error) {
    return { ok: false, error: networkFailure(error, 'config', url, options.timeoutMs) };
  }
  if (!response.ok)
    return fail(
      `${url} answered HTTP ${response.status}: no Jitsi Meet config.js there.`,
      `Check that the meeting URL is a Jitsi Meet site. ${SKIP_FIX}`,
    );
  if (body === undefined)
    return fail(`${url} is over ${MAX_CONFIG_JS_BYTES} bytes: not a config.js.`, SKIP_FIX);
  const read = readConfigJs(body);
  if (!read.ok)
    return fail(read.error.message, `Check that the meeting URL is a Jitsi Meet site. ${SKIP_FIX}`);
  return { ok: true, value: read.value };
}

/**
 * Finds the XMPP WebSocket, domain, MUC domain and focus of a deployment as its web client does:
 * from config.js, unless the flags name the WebSocket and the XMPP domain. Flags win over config.js.
 */
export async function discoverServer(
  options: DiscoverOptions,
): Promise<Result<ServerSettings, ProbeFailure>> {
  const { origin, target, overrides } = options;
  const notes: string[] = [];
  let found: ConfigJsSettings = {};
  let configJs: string | null = null;
  if (!(overrides.websocket && overrides.xmppDomain)) {
    configJs = configJsUrl(origin, target);
    const fetched = await fetchConfigJs(configJs, options);
    if (!fetched.ok) return fetched;
    found = fetched.value;
  }
  const page = meetingPageUrl(origin, target);
  let websocket: string | undefined;
  if (overrides.websocket) {
    websocket = resolveWebsocketUrl(overrides.websocket, page);
    if (websocket === undefined)
      return {
        ok: false,
        error: {
          kind: 'config-js',
          step: 'config',
          url: overrides.websocket,
          message: `--websocket "${overrides.websocket}" is not a ws:// or wss:// URL.`,
          fix: 'Give the XMPP WebSocket, e.g. --websocket wss://meet.example.com/xmpp-websocket.',
        },
      };
  } else if (found.websocket) {
    websocket = resolveWebsocketUrl(found.websocket, page);
  }
  if (websocket === undefined) {
    const tenant = target.tenant ? `${encodeURIComponent(target.tenant)}/` : '';
    websocket = resolveWebsocketUrl(`/${tenant}xmpp-websocket`, origin) ?? '';
    notes.push(
      found.bosh
        ? `config.js names no websocket (the web client would use BOSH at ${found.bosh}); the probe tries ${websocket}.`
        : `config.js names no websocket; the probe tries ${websocket}.`,
    );
  }
  const xmppDomain = overrides.xmppDomain ?? found.domain;
  if (xmppDomain === undefined)
    return {
      ok: false,
      error: {
        kind: 'config-js',
        step: 'config',
        url: configJs ?? websocket,
        message: 'config.js names no XMPP domain (hosts.domain).',
        fix: 'Give it with --xmpp-domain D (docker-jitsi-meet: meet.jitsi; classic installs: the site name).',
      },
    };
  let mucDomain = overrides.mucDomain ?? found.muc;
  if (mucDomain === undefined) {
    mucDomain = `conference.${xmppDomain}`;
    notes.push(
      `No MUC domain named: the probe uses ${mucDomain} (docker-jitsi-meet uses muc.${xmppDomain}; give --muc-domain).`,
    );
  }
  if (found.conferenceRequestUrl)
    notes.push(
      'This deployment takes the conference request over HTTP (conferenceRequestUrl); the probe asks the focus over XMPP, which Jicofo answers too.',
    );
  return {
    ok: true,
    value: {
      websocket,
      xmppDomain,
      mucDomain,
      focus: found.focus ?? `focus.${xmppDomain}`,
      configJs,
      notes,
    },
  };
}
