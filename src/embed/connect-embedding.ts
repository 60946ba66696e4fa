import type { LauncherStore } from '../store/launcher-store.ts';
import { readCommand } from './embed-commands.ts';
import { type EmbedView, embedMessages } from './embed-events.ts';

/** The window the launcher runs in, as far as talking to its parent goes. */
export interface EmbeddedWindow {
  parent: { postMessage(message: unknown, targetOrigin: string): void };
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * Talks to the page the launcher is framed in, if its origin is one of `parentOrigins`: posts
 * the events the store goes through (from `ready` on), and follows `join` and `leave` commands
 * from that page alone. Returns the disconnect.
 */
export function connectEmbedding(
  store: LauncherStore,
  parentOrigins: readonly string[],
  win: EmbeddedWindow = window,
): () => void {
  const parent = win.parent;
  if (parentOrigins.length === 0 || Object.is(parent, win)) return () => undefined;

  const post = (before: EmbedView, after: EmbedView) => {
    for (const message of embedMessages(before, after)) {
      // Delivered only if the parent is at that origin: the others are dropped by the browser.
      for (const origin of parentOrigins) parent.postMessage(message, origin);
    }
  };
  const now = store.getState();
  // Connected once the config is read: what happened until now is posted as from the start.
  post(
    {
      ...now,
      config: { status: 'loading' },
      phase: { status: 'idle' },
      meetingState: { ...now.meetingState, phase: { status: 'joining' } },
    },
    now,
  );
  const unsubscribe = store.subscribe((after, before) => post(before, after));

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || !parentOrigins.includes(event.origin)) return;
    const command = readCommand(event.data);
    if (command === undefined) return;
    const state = store.getState();
    if (command.command === 'leave') {
      state.leave();
      return;
    }
    state.setField('room', command.room);
    if (command.displayName !== undefined) state.setField('displayName', command.displayName);
    void store.getState().join();
  };
  win.addEventListener('message', onMessage);
  return () => {
    unsubscribe();
    win.removeEventListener('message', onMessage);
  };
}
