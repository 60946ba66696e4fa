import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KeyRegistry, PublishError } from './key-registry.ts';
import { closeAfterAnswer, fromLoopback, readBody, sameOrigin } from './lab-request.ts';

/** Where the dev server serves the public keys: `asap_key_server = "http://HOST:PORT/asap"`. */
export const ASAP_PATH = '/asap';
/** Where the lab publishes public keys (POST `{kid, pem}`, DELETE `?kid=`, GET the list). */
export const LAB_KEYS_PATH = '/__lab/keys';

/** What the key server accepts; the defaults suit the lab, tests pass smaller ones. */
export interface KeyServerLimits {
  /** An SPKI PEM of a 16384-bit RSA key is under 3 kB. */
  maxBodyBytes: number;
  /** A body that has not fully arrived by then is dropped. */
  bodyTimeoutMs: number;
}

const DEFAULT_LIMITS: KeyServerLimits = { maxBodyBytes: 16 * 1024, bodyTimeoutMs: 10_000 };

const PUBLISH_STATUS: Record<PublishError['kind'], number> = {
  'bad-kid': 400,
  'not-public-key': 400,
  'not-rsa': 400,
  'kid-taken': 409,
  'too-many-keys': 507,
};

type Next = (error?: unknown) => void;

/**
 * Connect middleware: serves published public keys the way a Jitsi server fetches them
 * (`/asap/<hex(sha256(kid))>.pem`, plus `/asap/jwks.json`) and takes new ones from the lab.
 * Writes are accepted only from this machine and from a page of this same server (Origin equals
 * Host), so neither the network nor another site open in the browser can slip its own key in.
 */
export function keyServerMiddleware(
  registry: KeyRegistry,
  isLocal: (req: IncomingMessage) => boolean = fromLoopback,
  limits: Partial<KeyServerLimits> = {},
) {
  const { maxBodyBytes, bodyTimeoutMs } = { ...DEFAULT_LIMITS, ...limits };
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const url = new URL(req.url ?? '/', 'http://dev.invalid');
    if (url.pathname.startsWith(`${ASAP_PATH}/`)) {
      serveAsap(registry, url.pathname.slice(ASAP_PATH.length + 1), req, res);
      return;
    }
    if (url.pathname === LAB_KEYS_PATH) {
      handleLab(registry, url, req, res, isLocal, { maxBodyBytes, bodyTimeoutMs }).catch(next);
      return;
    }
    next();
  };
}

function serveAsap(
  registry: KeyRegistry,
  name: string,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain', 'Only GET and HEAD.\n', { headers: { Allow: 'GET, HEAD' } });
    return;
  }
  if (name === 'jwks.json') {
    const body = `${JSON.stringify({ keys: registry.list().map((key) => key.jwk) }, null, 2)}\n`;
    send(res, 200, 'application/json', body, { omitBody: req.method === 'HEAD' });
    return;
  }
  const key = /^[0-9a-f]{64}\.pem$/.test(name) ? registry.byFile(name) : undefined;
  if (key === undefined) {
    send(
      res,
      404,
      'text/plain',
      `No public key published as ${name}. Open the lab (npm run dev) so it publishes its keys.\n`,
    );
    return;
  }
  send(res, 200, 'application/x-pem-file', key.pem, { omitBody: req.method === 'HEAD' });
}

async function handleLab(
  registry: KeyRegistry,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
  isLocal: (req: IncomingMessage) => boolean,
  limits: KeyServerLimits,
): Promise<void> {
  if (req.method === 'GET') {
    const list = registry
      .list()
      .map(({ kid, file }) => ({ kid, file, url: `${ASAP_PATH}/${file}` }));
    sendJson(
      res,
      200,
      registry.persistProblem === undefined
        ? { keys: list }
        : { keys: list, persistProblem: registry.persistProblem },
    );
    return;
  }
  // `npm run dev -- --host` opens the dev server to the network: only this machine may change
  // the keys a Jitsi server trusts (the lab needs localhost anyway, for WebCrypto).
  if (!isLocal(req)) {
    sendJson(res, 403, { error: 'Keys can be published from this machine only (localhost).' });
    return;
  }
  if (!sameOrigin(req)) {
    sendJson(res, 403, { error: 'Only the lab page served by this dev server may publish keys.' });
    return;
  }
  if (req.method === 'DELETE') {
    const kid = url.searchParams.get('kid');
    if (kid === null) {
      sendJson(res, 400, { error: 'Name the key: DELETE /__lab/keys?kid=<kid>.' });
      return;
    }
    registry.remove(kid);
    res.statusCode = 204;
    res.end();
    return;
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: 'Use GET, POST or DELETE.' });
    return;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    sendJson(res, 415, {
      error: 'Send application/json: {"kid": "...", "pem": "-----BEGIN PUBLIC KEY-----..."}.',
    });
    return;
  }
  const body = await readBody(req, limits);
  if (body.kind === 'too-large') {
    refuseBody(
      req,
      res,
      413,
      `The body is over ${limits.maxBodyBytes} bytes: send one public key.`,
    );
    return;
  }
  if (body.kind === 'too-slow') {
    refuseBody(req, res, 408, `The body did not arrive within ${limits.bodyTimeoutMs / 1000} s.`);
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    sendJson(res, 400, { error: 'The body is not JSON.' });
    return;
  }
  const fields = typeof parsed === 'object' && parsed !== null ? parsed : {};
  const result = registry.publish(
    'kid' in fields ? fields.kid : undefined,
    'pem' in fields ? fields.pem : undefined,
  );
  if (!result.ok) {
    sendJson(res, PUBLISH_STATUS[result.error.kind], {
      error: result.error.message,
      kind: result.error.kind,
    });
    return;
  }
  const { kid, file } = result.value;
  sendJson(res, 201, { kid, file, url: `${ASAP_PATH}/${file}` });
}

/** Answers a body that was not read to its end, then closes the connection it was coming on. */
function refuseBody(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  error: string,
): void {
  closeAfterAnswer(req, res);
  sendJson(res, status, { error });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json', `${JSON.stringify(value)}\n`);
}

interface SendOptions {
  headers?: Record<string, string>;
  /** HEAD: the headers only. */
  omitBody?: boolean;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  options: SendOptions = {},
): void {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    // Public keys only: any page (the inspector on another origin, a test) may read them.
    'Access-Control-Allow-Origin': '*',
    ...options.headers,
  });
  res.end(options.omitBody === true ? undefined : body);
}
