import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { close, listen } from '../e2e/fixtures/listen.ts';

export interface WebServer {
  origin: string;
  stop: () => Promise<void>;
}

/** A stand-in Jitsi web server on 127.0.0.1: `handle` answers each request. */
export async function startWebServer(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<WebServer> {
  const server = createServer(handle);
  const port = await listen(server);
  return { origin: `http://127.0.0.1:${port}`, stop: () => close(server) };
}

/** Serves `configJs` at /config.js (and at /TENANT/config.js), 404 elsewhere. */
export function servingConfigJs(configJs: (path: string) => string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.endsWith('/config.js')) {
      res.writeHead(200, { 'content-type': 'application/javascript' });
      res.end(configJs(path));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found\n');
  };
}
