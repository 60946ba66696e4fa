import { Component } from 'preact';
import { LauncherContext } from './launcher-context.ts';
import type { LauncherState, LauncherStore } from './launcher-store.ts';

/**
 * The store bound to a class component: it reads the store from context and re-renders when the
 * state changes. The join screen and the shell use this instead of hooks, so the join screen's
 * JavaScript holds no hooks runtime (screens loaded later use `useLauncher`).
 */
export abstract class LauncherView<P = object> extends Component<P> {
  static override contextType = LauncherContext;
  private unsubscribe: (() => void) | undefined;

  protected get store(): LauncherStore {
    const store: unknown = this.context;
    if (!isStore(store)) throw new Error('No LauncherContext.Provider above.');
    return store;
  }

  protected get launcher(): LauncherState {
    return this.store.getState();
  }

  override componentDidMount(): void {
    this.unsubscribe = this.store.subscribe(() => this.forceUpdate());
  }

  override componentWillUnmount(): void {
    this.unsubscribe?.();
  }
}

function isStore(value: unknown): value is LauncherStore {
  return typeof value === 'object' && value !== null && 'getState' in value && 'subscribe' in value;
}
