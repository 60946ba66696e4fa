// The token core's public surface. Pure: no DOM, no UI, no store.

export { buildClaims, DEFAULT_NBF_MARGIN } from './build-claims.ts';
export { decodeToken, MAX_TOKEN_LENGTH } from './decode-token.ts';
export { effectiveProfile } from './effective-profile.ts';
export { describeTime, type TimeClaim } from './format-time.ts';
export { inspectToken } from './inspect-token.ts';
export { KNOWN_FEATURES } from './judge/client-checks.ts';
export { judgeToken } from './judge-token.ts';
export { asapFileName, asapKeyUrl } from './keys/asap-file-name.ts';
export { exportPublicKey } from './keys/export-public-key.ts';
export { type GenerateKeyPairOptions, generateKeyPair } from './keys/generate-key-pair.ts';
export { type ImportPrivateKeyOptions, importPrivateKey } from './keys/import-private-key.ts';
export { type LuaMatchResult, type LuaPatternError, luaFind, luaMatch } from './lua-pattern.ts';
export { asciiLower, normalizeRoomName } from './normalize-room.ts';
export { type InvalidUrlError, parseMeetingUrl } from './parse-meeting-url.ts';
export { type ProfileError, parseProfile } from './parse-profile.ts';
export { PRESETS, presetById } from './presets.ts';
export {
  isJitsiAlgorithm,
  JITSI_ALGORITHMS,
  PROFILE_FLAG_SETTINGS,
  PROFILE_LIST_SETTINGS,
  PROFILE_SETTINGS,
  PROFILE_STRING_SETTINGS,
} from './profile-settings.ts';
export { type ServerSetup, type ServerSetupOptions, serverSetup } from './server-setup.ts';
export { type SignOptions, signToken } from './sign-token.ts';
export type * from './types.ts';
export { verifySignature } from './verify-signature.ts';
