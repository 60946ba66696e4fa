/** Room names travel in a URL path: these characters would change where it points. */
const ROOM_FORBIDDEN = /[/?#\\]/;
/** `.`, `..`, `%2e%2e`: URL path segments that resolve away, taking the room and tenant with them. */
const ROOM_ONLY_DOTS = /^(?:\.|%2e)+$/i;
/** C0 and C1 controls and DEL: tabs and line breaks vanish from URLs, the others from view. */
const CONTROL = /\p{Cc}/u;

function decoded(room: string): string {
  try {
    return decodeURIComponent(room);
  } catch {
    return room;
  }
}

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why a room name (trimmed, as typed) cannot be joined, in plain words, or undefined. Checked as
 * typed and percent-decoded, since the Jitsi client decodes `%09` into a tab before it joins.
 */
export function roomNameProblem(room: string): string | undefined {
  if (ROOM_FORBIDDEN.test(room)) return 'A room name cannot contain /, ?, # or \\.';
  if (ROOM_ONLY_DOTS.test(room)) {
    return 'A room name cannot be only dots (such as "." or ".."): the meeting address would lose the room. Add a letter or a digit.';
  }
  return controlCharacterProblem(room);
}

/** The control-character part of `roomNameProblem`, for a room already read from a URL path. */
export function controlCharacterProblem(room: string): string | undefined {
  const control = CONTROL.exec(room) ?? CONTROL.exec(decoded(room));
  if (control === null) return undefined;
  return `A room name cannot contain control characters such as tabs or line breaks (here ${codePoint(control[0])}${room.includes('%') ? ', perhaps written as %09 or %0A' : ''}): the meeting address would lose the room. Remove it.`;
}
