import { describe, expect, it } from 'vitest';
import { forgetSecret, recallSecret, rememberSecret } from '../../src/lab/secret-memory.ts';
import { shareLink } from '../../src/lab/share-link.ts';

describe('remembering the HS secret for the session', () => {
  it('keeps it in the given storage only when asked, and forgets it', () => {
    const storage = new Map<string, string>();
    const fake = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    } as unknown as Storage;
    expect(recallSecret(fake)).toBeUndefined();
    expect(rememberSecret('s3cret', fake)).toBe(true);
    expect(recallSecret(fake)).toBe('s3cret');
    forgetSecret(fake);
    expect(recallSecret(fake)).toBeUndefined();
  });

  it('copes with a storage that throws', () => {
    const hostile = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(recallSecret(hostile)).toBeUndefined();
    expect(rememberSecret('s3cret', hostile)).toBe(false);
    expect(() => forgetSecret(hostile)).not.toThrow();
  });
});

describe('the share link', () => {
  it('names the room and nothing else', () => {
    expect(
      shareLink(
        'http://localhost:5173/?room=old&jwt=abc#x',
        'Daily Standup',
        'meet.test',
        'meet.test',
      ),
    ).toBe('http://localhost:5173/?room=Daily+Standup');
  });

  it('names a domain other than the default', () => {
    expect(shareLink('https://launcher.example/app/', 'r', 'b.example', 'a.example')).toBe(
      'https://launcher.example/app/?room=r&domain=b.example',
    );
  });
});
