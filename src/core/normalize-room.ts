/**
 * The room name as the Jitsi web client sends it to the server (jitsi-meet
 * `getBackendSafeRoomName`): percent-decoded when it can be, Unicode NFKC, lowercase,
 * `encodeURIComponent`, lowercase again. "Daily Standup" -> "daily%20standup".
 */
export function normalizeRoomName(room: string): string {
  let name = room;
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded text ("100%"): the client keeps it as typed.
  }
  // A lone surrogate would make encodeURIComponent throw; the browser cannot type one anyway.
  const wellFormed = name.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  return encodeURIComponent(wellFormed.normalize('NFKC').toLowerCase()).toLowerCase();
}

/** Lua's `string.lower` in the C locale: ASCII letters only. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
