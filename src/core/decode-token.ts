import { base64urlProblem, base64urlToText } from './base64url.ts';
import { isJsonObject, parseJson } from './json-guards.ts';
import type { DecodedToken, DecodeError, JsonObject, Result, Segment } from './types.ts';

/**
 * Longest input decoded: the launcher's own limit, not a server rule (prosody has none). A real
 * token is under 2 KB and travels in the connection URL; refusing early keeps a paste fast.
 */
export const MAX_TOKEN_LENGTH = 64 * 1024;

const SERVER_REASON: Record<Segment, string> = {
  header: 'Invalid header',
  payload: 'Invalid body',
  signature: 'Invalid signature',
};

/** UTF-8 byte count without allocating a copy of a possibly huge paste. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function fail(error: DecodeError): Result<DecodedToken, DecodeError> {
  return { ok: false, error };
}

/**
 * luajwtjitsi's base64 decoder skips "=", so a padded header and payload still read; the
 * signature is then checked over the text as sent, padding included, and fails.
 */
const PADDING_REASON = 'Invalid signature';

function paddingMessage(segment: Segment): string {
  return `The ${segment} ends with "=" padding; JWT segments are base64url without it. A Jitsi server skips the "=" when decoding, then checks the signature over the text as sent, padding included, and refuses the token: sign it again with a JWT library, which writes no padding.`;
}

function segmentError(
  segment: Segment,
  kind: DecodeError['kind'],
  message: string,
  header?: JsonObject,
): DecodeError {
  const serverReason = kind === 'padding' ? PADDING_REASON : SERVER_REASON[segment];
  const error: DecodeError = { kind, segment, serverReason, message };
  if (header) error.header = header;
  return error;
}

function decodeJsonSegment(
  text: string,
  segment: 'header' | 'payload',
  header?: JsonObject,
): Result<JsonObject, DecodeError> {
  const problem = base64urlProblem(text);
  if (problem === 'padding') {
    const error = segmentError(segment, 'padding', paddingMessage(segment), header);
    return { ok: false, error };
  }
  if (problem) {
    const detail =
      problem === 'character'
        ? 'holds a character outside the base64url alphabet (A-Z a-z 0-9 - _)'
        : 'has an impossible length for base64url';
    const error = segmentError(
      segment,
      'base64url',
      `The ${segment} ${detail}: the token was cut or altered while being copied.`,
      header,
    );
    return { ok: false, error };
  }
  const parsed = parseJson(base64urlToText(text));
  if (!parsed.ok) {
    const error = segmentError(
      segment,
      'json',
      `The ${segment} is not JSON once decoded: the token was cut or altered, or it is not a JWT.`,
      header,
    );
    return { ok: false, error };
  }
  if (!isJsonObject(parsed.value)) {
    const error = segmentError(
      segment,
      'not-object',
      `The ${segment} is JSON but not an object ({...}); a JWT ${segment} must be an object.`,
      header,
    );
    return { ok: false, error };
  }
  return { ok: true, value: parsed.value };
}

/**
 * Splits and decodes a JWT without checking its signature. Never throws; every malformed input
 * gets its own error with the reason text a Jitsi server gives for it.
 *
 * @example decodeToken('eyJ...').ok
 */
export function decodeToken(input: string): Result<DecodedToken, DecodeError> {
  if (input.length > MAX_TOKEN_LENGTH) {
    return fail({
      kind: 'too-large',
      message: `too large to judge: ${utf8Length(input)} bytes; Jitsi tokens are normally under 2 KB; a token this large would also exceed web-server URL limits (it travels in the connection URL)`,
    });
  }
  const raw = input.trim();
  if (raw === '') {
    return fail({
      kind: 'empty',
      serverReason: 'token required',
      message: 'No token given. Paste a JWT (three base64url parts separated by dots).',
    });
  }
  if (!raw.includes('.')) {
    return fail({
      kind: 'no-dots',
      serverReason: 'Invalid token',
      message:
        'This has no dots, so it is not a JWT (header.payload.signature). Check that the whole token was copied, not a session id or an API key.',
    });
  }
  const parts = raw.split('.');
  if (parts.length !== 3) {
    return fail({
      kind: 'segment-count',
      serverReason: 'Invalid token',
      message: `A JWT has exactly 3 parts separated by dots; this has ${parts.length}.${parts.length === 5 ? ' Five parts is an encrypted token (JWE), which Jitsi does not accept.' : ''}`,
    });
  }
  const [headerText = '', payloadText = '', signature = ''] = parts;
  const emptyIndex = parts.indexOf('');
  if (emptyIndex >= 0) {
    const names = ['header', 'payload', 'signature'];
    return fail({
      kind: 'empty-segment',
      segment: emptyIndex === 0 ? 'header' : emptyIndex === 1 ? 'payload' : 'signature',
      serverReason: 'Invalid token',
      message: `The ${names[emptyIndex]} part is empty.${emptyIndex === 2 ? ' An unsigned token (alg "none") is never accepted by Jitsi.' : ''}`,
    });
  }
  const header = decodeJsonSegment(headerText, 'header');
  if (!header.ok) return header;
  const payload = decodeJsonSegment(payloadText, 'payload', header.value);
  if (!payload.ok) return payload;
  const signatureProblem = base64urlProblem(signature);
  if (signatureProblem) {
    return fail(
      segmentError(
        'signature',
        signatureProblem === 'padding' ? 'padding' : 'base64url',
        signatureProblem === 'padding'
          ? paddingMessage('signature')
          : 'The signature is not valid base64url: the token was cut or altered while being copied.',
        header.value,
      ),
    );
  }
  return {
    ok: true,
    value: {
      raw,
      header: header.value,
      payload: payload.value,
      signature,
      signingInput: `${headerText}.${payloadText}`,
    },
  };
}

/**
 * What a key-server-mode Jitsi server reads before anything else: the part before the first dot,
 * as JSON. Undefined when that part does not decode to an object (`bad token format`).
 */
export function decodeHeaderOnly(raw: string): JsonObject | undefined {
  const dot = raw.indexOf('.');
  // The server's decoder skips "=", so a padded header still reads.
  const first = (dot < 0 ? raw : raw.slice(0, dot)).replace(/=+$/, '');
  if (first === '' || first.length > MAX_TOKEN_LENGTH || base64urlProblem(first)) return undefined;
  const parsed = parseJson(base64urlToText(first));
  return parsed.ok && isJsonObject(parsed.value) ? parsed.value : undefined;
}
