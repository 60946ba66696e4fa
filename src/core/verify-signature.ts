import { base64urlToBytes } from './base64url.ts';
import { effectiveProfile } from './effective-profile.ts';
import { isJsonObject, parseJson } from './json-guards.ts';
import { show } from './judge/make-check.ts';
import { asapKeyUrl } from './keys/asap-file-name.ts';
import { isRsAlgorithm, rsaParams } from './keys/rsa-params.ts';
import { parsePem, pkcs1PublicToSpki } from './pem.ts';
import { readCappedText } from './read-capped-text.ts';
import type {
  DecodedToken,
  JsonObject,
  RsAlgorithm,
  ServerProfile,
  SignatureOutcome,
  VerifyDeps,
} from './types.ts';

const HMAC_HASH: Record<string, string> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' };
const encoder = new TextEncoder();

type KeyResult = { ok: true; key: CryptoKey } | { ok: false; outcome: SignatureOutcome };

async function verifyHmac(
  decoded: DecodedToken,
  alg: string,
  secret: string,
): Promise<SignatureOutcome> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: HMAC_HASH[alg] ?? 'SHA-256' },
    false,
    ['verify'],
  );
  const valid = await crypto.subtle.verify(
    'HMAC',
    key,
    base64urlToBytes(decoded.signature).slice(),
    encoder.encode(decoded.signingInput),
  );
  return valid
    ? { status: 'valid' }
    : {
        status: 'invalid',
        message: `The ${alg} signature does not match app_secret. The server uses the secret as raw text (not base64-decoded); check for a different secret, extra spaces or a base64-decoded key.`,
      };
}

function jwkFromText(text: string, kid: unknown): JsonObject | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok || !isJsonObject(parsed.value)) return undefined;
  const value = parsed.value;
  if (Array.isArray(value.keys)) {
    const keys = value.keys.filter(isJsonObject);
    return keys.find((key) => key.kid === kid) ?? (keys.length === 1 ? keys[0] : undefined);
  }
  return value;
}

/** A public key as the server's OpenSSL would read it (PEM), or a JWK / JWKS for the launcher. */
async function importPublicKey(
  text: string,
  alg: RsAlgorithm,
  kid: unknown,
  source: string,
  allowJson: boolean,
): Promise<KeyResult> {
  const trimmed = text.trim();
  const params = rsaParams(alg);
  if (allowJson && trimmed.startsWith('{')) {
    const jwk = jwkFromText(trimmed, kid);
    if (jwk?.kty !== 'RSA' || typeof jwk.n !== 'string' || typeof jwk.e !== 'string') {
      return {
        ok: false,
        outcome: {
          status: 'no-key',
          message: `${source} is JSON but holds no RSA public key${kid === undefined ? '' : ` for kid ${show(kid)}`}.`,
        },
      };
    }
    try {
      const key = await crypto.subtle.importKey(
        'jwk',
        { kty: 'RSA', n: jwk.n, e: jwk.e },
        params,
        false,
        ['verify'],
      );
      return { ok: true, key };
    } catch {
      return {
        ok: false,
        outcome: {
          status: 'no-key',
          message: `${source} holds a JWK that is not a valid RSA public key.`,
        },
      };
    }
  }
  const pem = parsePem(trimmed);
  const der =
    pem?.label === 'PUBLIC KEY'
      ? pem.der
      : pem?.label === 'RSA PUBLIC KEY'
        ? pkcs1PublicToSpki(pem.der)
        : undefined;
  if (!der) {
    return {
      ok: false,
      outcome: {
        status: 'invalid',
        message: `${source} is not a PEM public key (-----BEGIN PUBLIC KEY-----); the server cannot read it, so every signature fails.`,
      },
    };
  }
  try {
    const key = await crypto.subtle.importKey('spki', der, params, false, ['verify']);
    return { ok: true, key };
  } catch {
    return {
      ok: false,
      outcome: {
        status: 'invalid',
        message: `${source} is a PEM public key but not an RSA one (Jitsi verifies RS256/384/512 only).`,
      },
    };
  }
}

/** Printable ASCII only: anything else a server sent is shown as a \uXXXX escape. */
function escaped(text: string, limit: number): string {
  const cut = text.length > limit ? text.slice(0, limit) : text;
  const quoted = JSON.stringify(cut).replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return text.length > limit ? `${quoted}…` : quoted;
}

/** What a key server sent instead of a PEM public key: its content type and first characters. */
function describeBody(text: string, contentType: string | null): string {
  const type =
    contentType === null || contentType.trim() === ''
      ? 'no Content-Type'
      : `Content-Type ${escaped(contentType.trim(), 60)}`;
  const body = text.trim();
  return body === '' ? `${type} and an empty body` : `${type}, starting ${escaped(body, 40)}`;
}

function isPemPublicKey(text: string): boolean {
  const label = parsePem(text.trim())?.label;
  return label === 'PUBLIC KEY' || label === 'RSA PUBLIC KEY';
}

/** A key server's answer is one PEM public key (under 2 kB even for RSA 8192): read no more. */
const MAX_KEY_BYTES = 64 * 1024;

async function fetchKey(
  keyServer: string,
  kid: string,
  deps: VerifyDeps,
): Promise<{ ok: true; text: string; url: string } | { ok: false; outcome: SignatureOutcome }> {
  const url = await asapKeyUrl(keyServer, kid);
  const doFetch = deps.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? 5000);
  try {
    const response = await doFetch(url, {
      signal: controller.signal,
      headers: { accept: 'application/x-pem-file, text/plain, */*' },
    });
    if (response.status !== 200 && response.status !== 204) {
      return {
        ok: false,
        outcome: {
          status: 'no-key',
          message: `The key server answered HTTP ${response.status} for ${url}. It must serve the public key for kid ${show(kid)} at exactly that name.`,
        },
      };
    }
    const text = await readCappedText(response, MAX_KEY_BYTES);
    if (text === undefined) {
      return {
        ok: false,
        outcome: {
          status: 'no-key',
          message: `The key server's answer at ${url} is larger than ${MAX_KEY_BYTES / 1024} kB, so it was not read to the end: a public key file is under 2 kB.`,
          fix: `Serve the SPKI PEM (-----BEGIN PUBLIC KEY-----) at ${url}.`,
        },
      };
    }
    if (!isPemPublicKey(text)) {
      // jitsi-meet resources/prosody-plugins/token/util.lib.lua, Util:get_public_key:
      // `if code == 200 or code == 204 then return content; end` hands any 200/204 body to the
      // verifier as the key, so the server never says "could not obtain public key" here.
      // luajwtjitsi.lib.lua verifyRS then gets no key from `pkey.new(key)` and returns false,
      // which M.verify reports as 'Invalid signature'.
      return {
        ok: false,
        outcome: {
          status: 'no-key',
          message: `The key server answered HTTP ${response.status} at ${url}, but not with a PEM public key: it sent ${describeBody(text, response.headers.get('content-type'))}. The Jitsi server takes that body as the key, cannot read it, and refuses every token.`,
          serverReason: 'Invalid signature',
          fix: `Serve the SPKI PEM (-----BEGIN PUBLIC KEY-----) at ${url}.`,
        },
      };
    }
    return { ok: true, text, url };
  } catch (error) {
    const reason = controller.signal.aborted
      ? `no answer within ${deps.timeoutMs ?? 5000} ms`
      : error instanceof Error
        ? error.message
        : 'network error';
    return {
      ok: false,
      outcome: {
        status: 'no-key',
        message: `Could not fetch ${url} (${reason}). Check the key server address, that it is reachable, and (in a browser) that it allows CORS.`,
      },
    };
  } finally {
    clearTimeout(timer);
  }
}

async function verifyRsa(
  decoded: DecodedToken,
  alg: RsAlgorithm,
  profile: ServerProfile,
  deps: VerifyDeps,
): Promise<SignatureOutcome> {
  let text: string;
  let source: string;
  let fromKeyServer = false;
  const eff = effectiveProfile(profile);
  if (profile.public_key?.trim()) {
    text = profile.public_key;
    source = 'The public key given';
  } else if (eff.keyServer) {
    const kid = decoded.header.kid;
    if (typeof kid !== 'string' || kid === '') {
      return {
        status: 'no-key',
        message: 'The header has no kid, so there is no key file to fetch.',
      };
    }
    const fetched = await fetchKey(eff.keyServer, kid, deps);
    if (!fetched.ok) return fetched.outcome;
    text = fetched.text;
    source = `The key server's answer at ${fetched.url}`;
    fromKeyServer = true;
  } else {
    return {
      status: 'unchecked',
      message: 'Not checked: give a public key (public_key) or an asap_key_server in the profile.',
    };
  }
  const imported = await importPublicKey(text, alg, decoded.header.kid, source, !fromKeyServer);
  if (!imported.ok) return imported.outcome;
  const valid = await crypto.subtle.verify(
    rsaParams(alg),
    imported.key,
    base64urlToBytes(decoded.signature).slice(),
    encoder.encode(decoded.signingInput),
  );
  return valid
    ? { status: 'valid' }
    : {
        status: 'invalid',
        message: `The ${alg} signature does not match the public key${decoded.header.kid === undefined ? '' : ` for kid ${show(decoded.header.kid)}`}: the token was signed with another private key.`,
      };
}

/**
 * Checks the signature as the server would: HS with the raw app_secret string; RS with the
 * public key given in the profile (PEM, JWK or JWKS) or fetched from
 * `<asap_key_server>/<hex(sha256(kid))>.pem` (fetch injected). Never throws.
 */
export async function verifySignature(
  decoded: DecodedToken,
  profile: ServerProfile,
  deps: VerifyDeps = {},
): Promise<SignatureOutcome> {
  try {
    const alg = decoded.header.alg;
    if (typeof alg === 'string' && alg in HMAC_HASH) {
      if (!profile.app_secret) {
        return {
          status: 'unchecked',
          message: 'Not checked: add app_secret to the profile to check an HS signature.',
        };
      }
      return await verifyHmac(decoded, alg, profile.app_secret);
    }
    if (isRsAlgorithm(alg)) return await verifyRsa(decoded, alg, profile, deps);
    return {
      status: 'unchecked',
      message: `Not checked: alg ${show(alg)} is not one a Jitsi server can verify.`,
    };
  } catch (error) {
    return {
      status: 'unchecked',
      message: `The signature could not be checked: ${error instanceof Error ? error.message : 'unknown error'}.`,
    };
  }
}
