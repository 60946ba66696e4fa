import type { Language } from './languages.ts';
import type { Messages } from './message.ts';
import { addMessages } from './translate.ts';

/** `start`: what the first screen shows; `later`: the screens after it (meeting, errors). */
export type MessagePart = 'start' | 'later';

// English's start part is in the main chunk; every other part is a chunk of its own.
const loaders = import.meta.glob<{ messages: Messages }>([
  './messages/*/start.ts',
  './messages/*/later.ts',
  '!./messages/en/start.ts',
]);
const pending = new Map<string, Promise<void>>();

/** Fetches one part of a language's messages once; a failed fetch is tried again next time. */
export function loadMessages(language: Language, part: MessagePart): Promise<void> {
  const path = `./messages/${language}/${part}.ts`;
  const load = loaders[path];
  if (load === undefined) return Promise.resolve();
  let loading = pending.get(path);
  if (loading === undefined) {
    loading = load().then(
      (module) => addMessages(language, module.messages),
      (error: unknown) => {
        pending.delete(path);
        throw error;
      },
    );
    pending.set(path, loading);
  }
  return loading;
}
