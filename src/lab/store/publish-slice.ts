import { publishPublicKey, unpublishPublicKey } from '../publish-key.ts';
import type { LabContext, LabSlice } from './lab-context.ts';

export type PublishState =
  | { status: 'off' }
  | { status: 'publishing' }
  | { status: 'published'; url: string }
  | { status: 'failed'; message: string };

/** Public keys served by the dev server (`npm run dev`), so a local Jitsi can fetch them. */
export interface PublishSlice {
  published: Partial<Record<string, PublishState>>;
  /** Serves the public key of `kid`; nothing outside the dev server. */
  publishKey(kid: string, pem: string): Promise<void>;
  unpublishKey(kid: string): Promise<void>;
}

export function createPublishSlice({ deps }: LabContext): LabSlice<PublishSlice> {
  return (set, get) => ({
    published: {},

    async publishKey(kid, pem) {
      if (deps.publish !== true) return;
      set({ published: { ...get().published, [kid]: { status: 'publishing' } } });
      const result = await publishPublicKey(kid, pem, deps.publishDeps);
      set({
        published: {
          ...get().published,
          [kid]: result.ok
            ? { status: 'published', url: result.value.url }
            : { status: 'failed', message: result.error.message },
        },
      });
    },

    async unpublishKey(kid) {
      const { [kid]: _gone, ...published } = get().published;
      set({ published });
      if (deps.publish === true) await unpublishPublicKey(kid, deps.publishDeps);
    },
  });
}
