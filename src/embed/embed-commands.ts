/** What the parent page may ask. */
export type EmbedCommand =
  | { command: 'join'; room: string; displayName?: string }
  | { command: 'leave' };

/** Longer than any room or name a person types; longer input is refused, not cut. */
const MAX_TEXT = 256;

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT;
}

/** A command from the parent page's message, or undefined when the message is not one. */
export function readCommand(data: unknown): EmbedCommand | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  if (!('type' in data) || data.type !== 'jitsi-launcher' || !('command' in data)) return undefined;
  if (data.command === 'leave') return { command: 'leave' };
  if (data.command !== 'join' || !('room' in data) || !isText(data.room)) return undefined;
  const displayName = 'displayName' in data ? data.displayName : undefined;
  if (displayName === undefined) return { command: 'join', room: data.room };
  return isText(displayName) ? { command: 'join', room: data.room, displayName } : undefined;
}
