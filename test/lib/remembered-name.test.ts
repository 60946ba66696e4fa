import { describe, expect, it } from 'vitest';
import { createNameMemory, NAME_KEY } from '../../src/lib/remembered-name.ts';

function fakeStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => {
      data.delete(key);
    },
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

describe('createNameMemory', () => {
  it('keeps only the display name, under one key', () => {
    const storage = fakeStorage();
    const memory = createNameMemory(storage);
    expect(memory.load()).toBe('');
    memory.save('Ann');
    expect([...storage.data]).toEqual([[NAME_KEY, 'Ann']]);
    expect(createNameMemory(storage).load()).toBe('Ann');
    memory.save('');
    expect(storage.data.size).toBe(0);
  });

  it('carries on when storage is missing or throws', () => {
    const broken = fakeStorage();
    broken.getItem = () => {
      throw new Error('SecurityError');
    };
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const memory = createNameMemory(broken);
    expect(memory.load()).toBe('');
    expect(() => memory.save('Ann')).not.toThrow();
    expect(createNameMemory(undefined).load()).toBe('');
  });
});
