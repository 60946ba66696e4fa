import { decodeToken } from './decode-token.ts';
import { judgeToken } from './judge-token.ts';
import type { JudgeOptions, ServerProfile, Target, Verdict, VerifyDeps } from './types.ts';
import { verifySignature } from './verify-signature.ts';

/** verifySignature (fetching the key when the profile says so) and then judgeToken. */
export async function inspectToken(
  token: string,
  profile: ServerProfile,
  target: Target,
  options: Omit<JudgeOptions, 'signature'> & VerifyDeps,
): Promise<Verdict> {
  const { now, ...deps } = options;
  const decoded = decodeToken(token);
  if (!decoded.ok) return judgeToken(token, profile, target, { now });
  const signature = await verifySignature(decoded.value, profile, deps);
  return judgeToken(decoded.value, profile, target, { now, signature });
}
