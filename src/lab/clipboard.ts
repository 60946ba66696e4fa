import { copyText } from '../lib/copy-text.ts';

/** Clipboard and file download, injected into the lab's components so tests can watch them. */
export interface Output {
  copy(text: string): Promise<void>;
  download(fileName: string, text: string, type: string): void;
}

export const browserOutput: Output = {
  copy: (text) => copyText(text),
  download(fileName, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  },
};
