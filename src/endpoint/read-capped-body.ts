import { readCappedText } from '../core/read-capped-text.ts';

/** A token answer is a few kB; anything much larger is a mistake (or hostile) and is not read. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * The body as text, or undefined when it is larger than `limit` bytes: refused at once on its
 * Content-Length, else read chunk by chunk and dropped as soon as it passes the limit, so a
 * huge or endless body never fills the memory.
 */
export async function readCappedBody(
  response: Response,
  limit: number = MAX_BODY_BYTES,
): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const read = await readCappedText(response, limit);
  return read.ok ? read.text : undefined;
}
