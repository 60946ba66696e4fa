import type { IncomingMessage, ServerResponse } from 'node:http';

// Checks and reading shared by the dev server's lab endpoints (key publishing, the server probe).

export interface BodyLimits {
  maxBodyBytes: number;
  /** A body that has not fully arrived by then is dropped. */
  bodyTimeoutMs: number;
}

/** The request comes from this machine. */
export function fromLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

/** The request comes from a page of this server: its Origin names the Host it was sent to. */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (origin === undefined || host === undefined) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export type Body = { kind: 'text'; text: string } | { kind: 'too-large' } | { kind: 'too-slow' };

/** Reads the body up to the size and time limits; past either, it stops reading at once. */
export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<Body> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) {
    return Promise.resolve({ kind: 'too-large' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (body: Body) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBodyBytes) finish({ kind: 'too-large' });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'text', text: Buffer.concat(chunks).toString('utf8') });
    const onError = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(() => finish({ kind: 'too-slow' }), limits.bodyTimeoutMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** The body was not read to its end: close the connection it was coming on once answered. */
export function closeAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  res.on('finish', () => req.socket.destroy());
}
