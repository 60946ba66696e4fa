import { decodeToken } from '../../src/core/decode-token.ts';
import type { DecodedToken } from '../../src/core/types.ts';

/** A token the test made, decoded; one that does not decode fails the test with the reason. */
export function decodedToken(token: string): DecodedToken {
  const result = decodeToken(token);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
