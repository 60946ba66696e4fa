import { describe, expect, it } from 'vitest';
import { decodeToken } from '../../src/core/decode-token.ts';
import { signatureBlocker } from '../../src/lab/inspector-signature.ts';

const segment = (text: string) => Buffer.from(text).toString('base64url');

describe('signatureBlocker', () => {
  it('names an alg nested 5,000 deep in a few characters instead of throwing', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const token = `${segment(`{"alg":${deep},"typ":"JWT"}`)}.${segment('{"room":"*"}')}.c2ln`;
    const outcome = signatureBlocker(
      decodeToken(token),
      'public-key',
      '-----BEGIN PUBLIC KEY-----',
    );
    const message = outcome !== undefined && 'message' in outcome ? outcome.message : '';
    expect(outcome?.status).toBe('invalid');
    expect(message).toBe(
      'cannot be checked: alg [[[[[[[[[…]]]]]]]]] is not one a Jitsi server verifies (HS256/384/512, RS256/384/512).',
    );
  });
});
