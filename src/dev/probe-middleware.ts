import type { IncomingMessage, ServerResponse } from 'node:http';
import { isJsonObject, parseJson } from '../core/json-guards.ts';
import { parseMeetingUrl } from '../core/parse-meeting-url.ts';
import { parseProfile } from '../core/parse-profile.ts';
import type { ServerProfile } from '../core/types.ts';
import { probeExitCode, probeJson } from '../probe/probe-json.ts';
import { meetingOrigin } from '../probe/probe-urls.ts';
import { type ProbeRequest, runProbe } from '../probe/run-probe.ts';
import {
  type BodyLimits,
  closeAfterAnswer,
  fromLoopback,
  readBody,
  sameOrigin,
} from './lab-request.ts';

/** Where the lab asks the dev server to probe a Jitsi server (POST `{url, token, join, profile}`). */
export const LAB_PROBE_PATH = '/__lab/probe';

export interface ProbeMiddlewareOptions {
  run?: (request: ProbeRequest) => ReturnType<typeof runProbe>;
  isLocal?: (req: IncomingMessage) => boolean;
  /** Milliseconds since the epoch, for the prediction. */
  now?: () => number;
  limits?: BodyLimits;
  /** Probes running at once; more are refused (each holds a connection to the Jitsi server). */
  maxInFlight?: number;
}

type Next = (error?: unknown) => void;

/** A token is a few kB, a profile less: 64 kB is plenty. */
const DEFAULT_LIMITS: BodyLimits = { maxBodyBytes: 64 * 1024, bodyTimeoutMs: 10_000 };

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  // No Access-Control-Allow-Origin: only the lab page of this dev server reads the answer.
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(`${JSON.stringify(value)}\n`);
}

type Parsed = { ok: true; request: Omit<ProbeRequest, 'now'> } | { ok: false; error: string };

function parseRequest(text: string): Parsed {
  const json = parseJson(text);
  if (!json.ok || !isJsonObject(json.value))
    return {
      ok: false,
      error: 'Send JSON: {"url": "https://DOMAIN/ROOM", "token": "...", "join": false}.',
    };
  const { url, token, join, profile } = json.value;
  if (typeof url !== 'string') return { ok: false, error: 'url must be the meeting URL.' };
  if (typeof token !== 'string') return { ok: false, error: 'token must be a string.' };
  if (join !== undefined && typeof join !== 'boolean')
    return { ok: false, error: 'join must be true or false.' };
  const target = parseMeetingUrl(url);
  if (!target.ok) return { ok: false, error: target.error.message };
  let given: ServerProfile | undefined;
  if (profile !== undefined) {
    const parsed = parseProfile(profile);
    if (!parsed.ok) return { ok: false, error: parsed.error.message };
    given = parsed.value;
  }
  return {
    ok: true,
    request: {
      origin: meetingOrigin(url),
      target: target.value,
      token: token.trim(),
      profile: given,
      join: join === true,
    },
  };
}

/**
 * Connect middleware for `npm run dev`: runs `jitsi-jwt probe` on the Node side for the lab, since
 * a page on another origin cannot open the deployment's XMPP WebSocket. Only this machine and the
 * lab page of this dev server may ask; bodies are capped; the probe times out each step itself.
 */
export function probeMiddleware(options: ProbeMiddlewareOptions = {}) {
  const run = options.run ?? runProbe;
  const isLocal = options.isLocal ?? fromLoopback;
  const now = options.now ?? Date.now;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const maxInFlight = options.maxInFlight ?? 2;
  let inFlight = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'Use POST.' });
      return;
    }
    if (!isLocal(req)) {
      sendJson(res, 403, { error: 'The server probe answers this machine only (localhost).' });
      return;
    }
    if (!sameOrigin(req)) {
      sendJson(res, 403, {
        error: 'Only the lab page served by this dev server may run the probe.',
      });
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(res, 415, { error: 'Send application/json.' });
      return;
    }
    const body = await readBody(req, limits);
    if (body.kind !== 'text') {
      closeAfterAnswer(req, res);
      sendJson(res, body.kind === 'too-large' ? 413 : 408, {
        error:
          body.kind === 'too-large'
            ? `The body is over ${limits.maxBodyBytes} bytes.`
            : `The body did not arrive within ${limits.bodyTimeoutMs} ms.`,
      });
      return;
    }
    const parsed = parseRequest(body.text);
    if (!parsed.ok) {
      sendJson(res, 400, { error: parsed.error });
      return;
    }
    if (inFlight >= maxInFlight) {
      sendJson(res, 429, { error: 'Probes are already running; try again when they end.' });
      return;
    }
    inFlight += 1;
    try {
      const report = await run({ ...parsed.request, now: Math.floor(now() / 1000) });
      sendJson(res, 200, { ...probeJson(report), exitCode: probeExitCode(report) });
    } finally {
      inFlight -= 1;
    }
  }

  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const path = new URL(req.url ?? '/', 'http://dev.invalid').pathname;
    if (path !== LAB_PROBE_PATH) {
      next();
      return;
    }
    handle(req, res).catch(next);
  };
}
