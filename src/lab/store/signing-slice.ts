import { buildClaims } from '../../core/build-claims.ts';
import { decodeToken } from '../../core/decode-token.ts';
import { effectiveProfile } from '../../core/effective-profile.ts';
import { judgeToken } from '../../core/judge-token.ts';
import { normalizeRoomName } from '../../core/normalize-room.ts';
import { signToken } from '../../core/sign-token.ts';
import type {
  JsonObject,
  Result,
  ServerProfile,
  SignatureOutcome,
  SignError,
  Target,
  Verdict,
} from '../../core/types.ts';
import { verifySignature } from '../../core/verify-signature.ts';
import type { TokenError, TokenRequest } from '../../token-source/token-source.ts';
import { type ClaimForm, defaultClaimForm, mergeClaims } from '../claim-form.ts';
import { toClaimInput } from '../claim-input.ts';
import type { LabState } from '../lab-store.ts';
import { isHmac } from './claims-slice.ts';
import type { LabContext, LabSlice } from './lab-context.ts';

/** The lab's live token: signed on every edit (even when the server would refuse it). */
export type Preview =
  | { status: 'none' }
  | { status: 'waiting'; message: string; fix?: string }
  | { status: 'error'; message: string }
  | {
      status: 'signed';
      token: string;
      payload: JsonObject;
      verdict: Verdict;
      signature: SignatureOutcome;
      /** Seconds since the epoch when it was signed. */
      signedAt: number;
    };

/** Signing the claims, checking the signature as the server would, and the verdict. */
export interface SigningSlice {
  /** The claims as they will be signed (shown even before there is a key or a secret). */
  payload: JsonObject | undefined;
  preview: Preview;
  /** Sign and judge again (the clock moved, or an edit). */
  refresh(): Promise<void>;
  /** Local mode's token source: a fresh token for one join. */
  signFor(request: TokenRequest): Promise<Result<string, TokenError>>;
}

type Problem = { message: string; fix?: string };

/** The profile the server has: the lab's settings with the secret it signs with. */
function signingProfile(state: Pick<LabState, 'profile' | 'secret'>): ServerProfile {
  return isHmac(state.profile) ? { ...state.profile, app_secret: state.secret } : state.profile;
}

function describeSignError(error: SignError): Problem {
  if (error.kind === 'crypto') return { message: error.message };
  const failed = error.checks.find((check) => check.status === 'fail');
  if (failed === undefined) return { message: error.message };
  const reason =
    failed.serverReason === undefined ? '' : ` (the server says: ${failed.serverReason})`;
  const described = { message: `${failed.title}: ${failed.message}${reason}` };
  return failed.fix === undefined ? described : { ...described, fix: failed.fix };
}

function withoutClaims(claims: JsonObject, omitted: readonly string[]): JsonObject {
  const kept = { ...claims };
  for (const claim of omitted) delete kept[claim];
  return kept;
}

function hmacAlg(alg: string): 'HS256' | 'HS384' | 'HS512' {
  return alg === 'HS384' || alg === 'HS512' ? alg : 'HS256';
}

function tokenError({ message, fix }: Problem): Result<string, TokenError> {
  return {
    ok: false,
    error:
      fix === undefined
        ? { kind: 'token-source', message }
        : { kind: 'token-source', message, fix },
  };
}

/** The claims of the form for a join: the join's room, name and domain in place of the lab's. */
function joinForm(state: LabState, request: TokenRequest, target: Target): ClaimForm {
  const labDefaults = defaultClaimForm(state.profile, state.target);
  const joinDefaults = defaultClaimForm(state.profile, target);
  const { form } = state;
  return {
    ...form,
    room: form.room === '*' || form.roomRegex ? form.room : normalizeRoomName(request.room),
    sub: form.sub === labDefaults.sub ? joinDefaults.sub : form.sub,
    userName: request.displayName ?? form.userName,
    userEmail: request.email ?? form.userEmail,
  };
}

export function createSigningSlice({ seconds }: LabContext): LabSlice<SigningSlice> {
  return (set, get) => {
    let refreshCount = 0;

    /** Signs `payload` for `target`; `force` keeps failing tokens (the live preview shows why). */
    const sign = async (
      payload: JsonObject,
      target: Target,
      force: boolean,
    ): Promise<Result<string, Problem>> => {
      const state = get();
      const profile = signingProfile(state);
      const options = { now: seconds(), target, force };
      if (isHmac(profile)) {
        if (state.secret === '') {
          return {
            ok: false,
            error: {
              message: 'Type the app secret to sign with (HS256).',
              fix: 'Enter the secret your server has as JWT_APP_SECRET / app_secret.',
            },
          };
        }
        const alg = hmacAlg(effectiveProfile(profile).algorithm);
        const signed = await signToken(payload, { alg, secret: state.secret }, profile, options);
        return signed.ok ? signed : { ok: false, error: describeSignError(signed.error) };
      }
      const key = await state.ensureKey();
      if (key === undefined) {
        return {
          ok: false,
          error: {
            message: get().keyProblem ?? 'There is no signing key.',
            fix: 'Generate or import a key.',
          },
        };
      }
      const signed = await signToken(
        payload,
        { alg: key.alg, kid: key.kid, key: key.privateKey },
        profile,
        options,
      );
      return signed.ok ? signed : { ok: false, error: describeSignError(signed.error) };
    };

    /** How the lab checks its own signature: with the key it holds, as the server would. */
    const verifyOwn = async (token: string): Promise<SignatureOutcome> => {
      const decoded = decodeToken(token);
      if (!decoded.ok) return { status: 'invalid', message: decoded.error.message };
      const state = get();
      const profile = signingProfile(state);
      if (isHmac(profile)) return verifySignature(decoded.value, profile);
      const files = state.activeKid === undefined ? undefined : state.publicFiles[state.activeKid];
      if (files === undefined) return { status: 'no-key', message: 'No public key to check with.' };
      // The key the lab holds stands in for the key server's copy (public_key wins over it).
      return verifySignature(decoded.value, { ...profile, public_key: files.pem });
    };

    const claimsFor = (form: ClaimForm): Result<JsonObject, Problem> => {
      try {
        return {
          ok: true,
          value: withoutClaims(
            mergeClaims(buildClaims(toClaimInput(form), seconds()), get().extra),
            get().omitted,
          ),
        };
      } catch (error) {
        return { ok: false, error: { message: `The claims could not be built: ${String(error)}` } };
      }
    };

    return {
      payload: undefined,
      preview: { status: 'none' },

      async refresh() {
        refreshCount += 1;
        const mine = refreshCount;
        const built = claimsFor(get().form);
        if (!built.ok) {
          set({ preview: { status: 'error', message: built.error.message } });
          return;
        }
        const payload = built.value;
        set({ payload });
        const target = get().target;
        const signed = await sign(payload, target, true);
        if (mine !== refreshCount) return;
        if (!signed.ok) {
          set({ preview: { status: 'waiting', ...signed.error } });
          return;
        }
        const signature = await verifyOwn(signed.value);
        if (mine !== refreshCount) return;
        const signedAt = seconds();
        const verdict = judgeToken(signed.value, signingProfile(get()), target, {
          now: signedAt,
          signature,
        });
        set({
          preview: { status: 'signed', token: signed.value, payload, verdict, signature, signedAt },
        });
      },

      async signFor(request) {
        const state = get();
        const unusable = Object.values(state.inputProblems)[0];
        if (unusable !== undefined) {
          return tokenError({ message: unusable, fix: 'Correct the marked input in the lab.' });
        }
        const target: Target = { domain: request.domain, room: request.room };
        if (request.tenant !== undefined) target.tenant = request.tenant;
        const built = claimsFor(joinForm(state, request, target));
        if (!built.ok) return tokenError(built.error);
        const signed = await sign(built.value, target, false);
        return signed.ok ? signed : tokenError(signed.error);
      },
    };
  };
}
