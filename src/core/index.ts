// The token core's public surface. Pure: no DOM, no UI, no store.

export { decodeToken, MAX_TOKEN_LENGTH } from './decode-token.ts';
export { effectiveProfile } from './effective-profile.ts';
export { describeTime, type TimeClaim } from './format-time.ts';
export { KNOWN_FEATURES } from './judge/client-checks.ts';
export { judgeToken } from './judge-token.ts';
export { type LuaMatchResult, type LuaPatternError, luaFind, luaMatch } from './lua-pattern.ts';
export { asciiLower, normalizeRoomName } from './normalize-room.ts';
export { type InvalidUrlError, parseMeetingUrl } from './parse-meeting-url.ts';
export { PRESETS, presetById } from './presets.ts';
export type * from './types.ts';
