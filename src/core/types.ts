/**
 * The token core's public types. The core is pure: no DOM, no Preact, no store.
 * Side effects (fetch, clock, crypto keys) enter as parameters.
 */

/** Success or a typed failure; core operations return this instead of throwing. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

// ---------------------------------------------------------------- decode

export type DecodeErrorKind =
  | 'empty'
  | 'too-large'
  | 'no-dots'
  | 'segment-count'
  | 'empty-segment'
  | 'padding'
  | 'base64url'
  | 'json'
  | 'not-object';

export type Segment = 'header' | 'payload' | 'signature';

export interface DecodeError {
  kind: DecodeErrorKind;
  /** The segment at fault, where there is one. */
  segment?: Segment;
  /**
   * What a Jitsi server answers for this input (e.g. `Invalid token`, `Invalid header`). Absent
   * when the refusal is the launcher's own (`too-large`): the server has no such rule.
   */
  serverReason?: string;
  /** Plain words for the user, naming the problem and the fix. */
  message: string;
  /** The header, when it decoded but a later segment did not (key-server checks still read it). */
  header?: JsonObject;
}

export type JsonObject = { [key: string]: unknown };

export interface DecodedToken {
  /** The token as given, trimmed. */
  raw: string;
  header: JsonObject;
  payload: JsonObject;
  /** The third segment, still base64url. */
  signature: string;
  /** `header.payload`, the bytes the signature covers. */
  signingInput: string;
}

// ---------------------------------------------------------------- server profile

/** Algorithms a Jitsi server knows; anything else is `Algorithm not supported`. */
export type JitsiAlgorithm = 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'RS384' | 'RS512';

/**
 * The prosody settings that decide whether a token is accepted, named as prosody names them,
 * so a user can copy them from their config.
 */
export interface ServerProfile {
  app_id?: string;
  /** HS: the raw secret string (not base64-decoded). */
  app_secret?: string;
  /** RS: base URL; the server fetches `<asap_key_server>/<hex(sha256(kid))>.pem`. */
  asap_key_server?: string;
  /** RS: a public key given directly (PEM, or a JWK / JWKS as JSON text). Launcher-only. */
  public_key?: string;
  /** Default: `[app_id]`. An entry `*` accepts any issuer. */
  asap_accepted_issuers?: string[];
  /** Default: `['*']`. */
  asap_accepted_audiences?: string[];
  /** Default: RS256 with a key server, else HS256. */
  signature_algorithm?: JitsiAlgorithm;
  /** Default: true. */
  asap_require_room_claim?: boolean;
  /** Default: false. */
  allow_empty_token?: boolean;
  /** Default: true. */
  enable_domain_verification?: boolean;
  /** The XMPP base domain (docker-jitsi-meet: `meet.jitsi`); what `sub` must name on plain URLs. */
  muc_mapper_domain_base?: string;
  /** An older release: no `sub` check at login (a missing `sub` fails the join with a Lua error). */
  older_release?: boolean;
  /** JaaS (8x8.vc): the JaaS rules apply too. */
  jaas?: boolean;
}

export type PresetId = 'docker-hs256' | 'docker-asap' | 'prosody-hs256' | 'jaas' | 'custom';

export interface Preset {
  id: PresetId;
  label: string;
  description: string;
  profile: ServerProfile;
}

// ---------------------------------------------------------------- target

/** Where the user is going. */
export interface Target {
  /** Host name (and port), no scheme: `meet.example.com`. */
  domain: string;
  /** Optional tenant: `https://DOMAIN/TENANT/ROOM`. */
  tenant?: string;
  /** The room name as typed (before the client's normalisation). */
  room: string;
}

// ---------------------------------------------------------------- verdict

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

/**
 * login: the XMPP login (SASL); join: the MUC room join; client: jitsi-meet web client warnings;
 * jaas: 8x8.vc rules; moderator: which plugin honours which moderator field.
 */
export type CheckStage = 'login' | 'join' | 'client' | 'jaas' | 'moderator';

export interface Check {
  /** Stable id, e.g. `typ`, `alg`, `exp`, `room`, `sub-domain`. */
  id: string;
  stage: CheckStage;
  status: CheckStatus;
  /** Short title: "Token type (typ)". */
  title: string;
  /** The server's own reason text when this check fails (e.g. `Invalid typ`). */
  serverReason?: string;
  /** Plain explanation of what was found. */
  message: string;
  /** What to change: the claim or the server setting. */
  fix?: string;
  /** The claim this check is about, for highlighting in editors. */
  claim?: string;
}

export interface StageOutcome {
  ok: boolean;
  /** The first failing check's server reason, when not ok. */
  reason?: string;
}

export interface Verdict {
  login: StageOutcome;
  join: StageOutcome;
  /** Every check in the order the server runs it, then client / JaaS / moderator notes. */
  checks: Check[];
  /** The decoded token, when it decoded. */
  decoded?: DecodedToken;
}

/** Outcome of signature verification, computed asynchronously and fed into the verdict. */
export type SignatureOutcome =
  | { status: 'valid' }
  | { status: 'invalid'; message: string }
  | {
      status: 'no-key';
      message: string;
      /** What the server says when it is not "could not obtain public key" (e.g. a non-PEM body). */
      serverReason?: string;
      fix?: string;
    }
  | { status: 'unchecked'; message: string };

/** The profile with the server's defaults filled in. */
export interface EffectiveProfile {
  appId: string | undefined;
  keyServer: string | undefined;
  algorithm: string;
  acceptedIssuers: readonly string[];
  acceptedAudiences: readonly string[];
  requireRoomClaim: boolean;
  allowEmptyToken: boolean;
  domainVerification: boolean;
  xmppDomain: string | undefined;
  olderRelease: boolean;
  jaas: boolean;
}

export interface JudgeOptions {
  /** Current time in seconds since the epoch (frozen in tests). */
  now: number;
  /** Result of `verifySignature`; without it the signature check is `skip`. */
  signature?: SignatureOutcome;
}

// ---------------------------------------------------------------- keys and signing

export type RsAlgorithm = 'RS256' | 'RS384' | 'RS512';
export type HsAlgorithm = 'HS256' | 'HS384' | 'HS512';

export type SigningKey =
  | { alg: RsAlgorithm; kid?: string; key: CryptoKey }
  | { alg: HsAlgorithm; secret: string };

export type KeyErrorKind =
  | 'empty'
  | 'public-key'
  | 'encrypted'
  | 'invalid-pem'
  | 'invalid-jwk'
  | 'not-rsa'
  | 'unsupported-alg'
  | 'crypto';

export interface KeyError {
  kind: KeyErrorKind;
  message: string;
}

export interface ImportedPrivateKey {
  key: CryptoKey;
  kid?: string;
  alg: RsAlgorithm;
}

export interface ExportedPublicKey {
  /** SPKI PEM, what an asap_key_server serves. */
  pem: string;
  jwk: JsonWebKey & { kid: string; alg: string; use: 'sig' };
  jwks: { keys: (JsonWebKey & { kid: string; alg: string; use: 'sig' })[] };
}

export type SignError =
  | { kind: 'refused'; message: string; checks: Check[] }
  | { kind: 'crypto'; message: string };

export interface ClaimUser {
  id?: string;
  name?: string;
  email?: string;
  avatar?: string;
  moderator?: boolean | 'true' | 'false';
  affiliation?: 'owner' | 'moderator' | 'teacher' | 'member';
}

export interface ClaimInput {
  iss: string;
  aud: string;
  sub: string;
  /** The room as the server compares it (normalised here if given as typed), `*`, or a Lua pattern. */
  room: string;
  lifetimeSeconds: number;
  /** nbf = now - margin, so a server clock slightly behind still accepts it. Default 10. */
  nbfMarginSeconds?: number;
  user?: ClaimUser;
  features?: Record<string, boolean | 'true' | 'false'>;
  /** The room claim is a Lua pattern (`context.room.regex: true`). */
  roomRegex?: boolean;
}

export interface VerifyDeps {
  fetch?: typeof fetch;
  /** Key server request timeout. Default 5000 ms. */
  timeoutMs?: number;
}
