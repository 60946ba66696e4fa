import { describe, expect, it } from 'vitest';
import { ClipboardUnavailable, copyText } from '../../src/lib/copy-text.ts';

describe('copyText', () => {
  it('writes the text to the clipboard', async () => {
    const written: string[] = [];
    await copyText('hello', {
      writeText: async (text) => {
        written.push(text);
      },
    });
    expect(written).toEqual(['hello']);
  });

  it('rejects, never throws, when the page has no clipboard', async () => {
    let promise: Promise<void> | undefined;
    expect(() => {
      promise = copyText('hello', undefined);
    }).not.toThrow();
    await expect(promise).rejects.toBeInstanceOf(ClipboardUnavailable);
    await expect(copyText('x', undefined)).rejects.toThrow(
      'This browser offers no clipboard to this page.',
    );
  });

  it('turns a clipboard that throws synchronously into a rejection', async () => {
    const clipboard = {
      writeText(): Promise<void> {
        throw new TypeError('Illegal invocation');
      },
    };
    await expect(copyText('x', clipboard)).rejects.toThrow('Illegal invocation');
  });
});
