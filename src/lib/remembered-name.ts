/** The display name remembered on this device. Only the name is stored, never a token. */
export interface NameMemory {
  load(): string;
  save(name: string): void;
}

export const NAME_KEY = 'jitsi-launcher.displayName';

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Storage can be missing or throw (private windows, blocked cookies): the name is then not kept. */
export function createNameMemory(storage: Storage | undefined = defaultStorage()): NameMemory {
  return {
    load() {
      try {
        return storage?.getItem(NAME_KEY) ?? '';
      } catch {
        return '';
      }
    },
    save(name) {
      try {
        if (name === '') storage?.removeItem(NAME_KEY);
        else storage?.setItem(NAME_KEY, name);
      } catch {
        // Not kept on this device; the join goes on.
      }
    },
  };
}
