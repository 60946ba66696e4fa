import { describe, expect, it } from 'vitest';
import { asciiLower, normalizeRoomName } from '../../src/core/normalize-room.ts';

describe('normalizeRoomName (what the jitsi-meet client sends)', () => {
  it.each([
    ['Daily Standup', 'daily%20standup'],
    ['daily%20standup', 'daily%20standup'],
    ['ＡＢＣ', 'abc'],
    ['Übung', '%c3%bcbung'],
    ['ﬁle', 'file'],
    ['100%', '100%25'],
    ["it's", "it's"],
    ['a/b', 'a%2fb'],
    ['Ⅻ', 'xii'],
    ['\uD800x', '%ef%bf%bdx'],
  ])('%j -> %j', (room, expected) => {
    expect(normalizeRoomName(room)).toBe(expected);
  });
});

describe('asciiLower (Lua string.lower)', () => {
  it('lowercases ASCII only', () => {
    expect(asciiLower('ÜBUNG Room')).toBe('Übung room');
  });
});
