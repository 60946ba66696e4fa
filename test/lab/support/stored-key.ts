import { generateKeyPair } from '../../../src/core/keys/generate-key-pair.ts';
import type { StoredKey } from '../../../src/lab/key-store.ts';

/** A generated RS256 key as the lab stores it: non-extractable private key, given kid and time. */
export async function makeStoredKey(kid: string, createdAt: number): Promise<StoredKey> {
  const pair = await generateKeyPair();
  return {
    kid,
    alg: 'RS256',
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    origin: 'generated',
    createdAt,
  };
}
