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
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
