import { describe, expect, it } from 'vitest';
import { decodeToken, MAX_TOKEN_LENGTH } from '../../src/core/decode-token.ts';
import { HS_HEADER, makeToken } from './support/make-token.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const good = makeToken(HS_HEADER, { iss: 'a' });
const [h, p, s] = good.split('.');

describe('decodeToken', () => {
  it('decodes header, payload and signing input of a well-formed token', () => {
    const result = decodeToken(`  ${good}\n`);
    expect(result).toEqual({
      ok: true,
      value: {
        raw: good,
        header: HS_HEADER,
        payload: { iss: 'a' },
        signature: s,
        signingInput: `${h}.${p}`,
      },
    });
  });

  it.each([
    ['empty', '   ', 'empty', undefined, 'token required'],
    ['no dots', 'abcdef', 'no-dots', undefined, 'Invalid token'],
    ['two segments', `${h}.${p}`, 'segment-count', undefined, 'Invalid token'],
    ['four segments', `${h}.${p}.${s}.x`, 'segment-count', undefined, 'Invalid token'],
    ['empty header', `.${p}.${s}`, 'empty-segment', 'header', 'Invalid token'],
    ['empty payload', `${h}..${s}`, 'empty-segment', 'payload', 'Invalid token'],
    ['empty signature (alg none)', `${h}.${p}.`, 'empty-segment', 'signature', 'Invalid token'],
    // The server's decoder skips "=", then the signature over the padded text fails.
    ['padded header', `${h}=.${p}.${s}`, 'padding', 'header', 'Invalid signature'],
    ['padded payload', `${h}.${p}==.${s}`, 'padding', 'payload', 'Invalid signature'],
    ['padded signature', `${h}.${p}.${s}=`, 'padding', 'signature', 'Invalid signature'],
    ['standard base64 in header', `${h}+/.${p}.${s}`, 'base64url', 'header', 'Invalid header'],
    ['impossible length', `${h}.AAAAA.${s}`, 'base64url', 'payload', 'Invalid body'],
    ['header not JSON', `${b64('{nope')}.${p}.${s}`, 'json', 'header', 'Invalid header'],
    ['payload not JSON', `${h}.${b64('hello')}.${s}`, 'json', 'payload', 'Invalid body'],
    ['header an array', `${b64('[1]')}.${p}.${s}`, 'not-object', 'header', 'Invalid header'],
    ['payload a number', `${h}.${b64('42')}.${s}`, 'not-object', 'payload', 'Invalid body'],
    ['payload null', `${h}.${b64('null')}.${s}`, 'not-object', 'payload', 'Invalid body'],
    ['signature with a space', `${h}.${p}.ab cd`, 'base64url', 'signature', 'Invalid signature'],
  ])('%s', (_name, input, kind, segment, serverReason) => {
    const result = decodeToken(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe(kind);
    expect(result.error.segment).toBe(segment);
    expect(result.error.serverReason).toBe(serverReason);
  });

  it('says how many segments it found', () => {
    const result = decodeToken('a.b');
    expect(!result.ok && result.error.message).toBe(
      'A JWT has exactly 3 parts separated by dots; this has 2.',
    );
  });

  it('names a five-part token as an encrypted JWE', () => {
    const result = decodeToken('a.b.c.d.e');
    expect(!result.ok && result.error.message).toContain('encrypted token (JWE)');
  });

  it('explains padding with the fix', () => {
    const result = decodeToken(`${h}=.${p}.${s}`);
    expect(!result.ok && result.error.message).toBe(
      'The header ends with "=" padding; JWT segments are base64url without it. A Jitsi server skips the "=" when decoding, then checks the signature over the text as sent, padding included, and refuses the token: sign it again with a JWT library, which writes no padding.',
    );
  });

  it('keeps the header when only the payload is broken', () => {
    const result = decodeToken(`${h}.${b64('x')}.${s}`);
    expect(!result.ok && result.error.header).toEqual(HS_HEADER);
  });

  it('refuses oversized input early, with its size', () => {
    const result = decodeToken('a'.repeat(1024 * 1024));
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'too-large',
        message:
          'too large to judge: 1048576 bytes; Jitsi tokens are normally under 2 KB; a token this large would also exceed web-server URL limits (it travels in the connection URL)',
      },
    });
  });

  it("counts the bytes of a large non-ASCII paste (the limit is the launcher's, not a server reason)", () => {
    const result = decodeToken('é'.repeat(MAX_TOKEN_LENGTH + 1));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.serverReason).toBeUndefined();
    expect(!result.ok && result.error.message).toBe(
      `too large to judge: ${2 * (MAX_TOKEN_LENGTH + 1)} bytes; Jitsi tokens are normally under 2 KB; a token this large would also exceed web-server URL limits (it travels in the connection URL)`,
    );
  });

  it('decodes UTF-8 claims', () => {
    const result = decodeToken(makeToken(HS_HEADER, { name: 'Zoë 😀' }));
    expect(result.ok && result.value.payload).toEqual({ name: 'Zoë 😀' });
  });
});
