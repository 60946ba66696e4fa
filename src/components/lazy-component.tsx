import { Component, type ComponentType } from 'preact';
import { t } from '../i18n/translate.ts';

/**
 * A component whose code is fetched with import() the first time it is needed (or earlier, with
 * `preload`). Until then it renders `fallback`. A failed import is not remembered: the next
 * render tries again.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: () => preact.JSX.Element | null = () => null,
): { Component: ComponentType<P>; preload: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  // A class, not hooks: the join screen's JavaScript carries no hooks runtime.
  class Lazy extends Component<P, { failed: boolean }> {
    private live = true;
    override componentDidMount(): void {
      if (loaded !== undefined) return;
      preload().then(
        () => this.live && this.forceUpdate(),
        () => this.live && this.setState({ failed: true }),
      );
    }
    override componentWillUnmount(): void {
      this.live = false;
    }
    override render(props: P) {
      if (loaded !== undefined) {
        const Loaded = loaded;
        return <Loaded {...props} />;
      }
      if (this.state.failed) {
        return <p role="alert">{t('app.partFailed')}</p>;
      }
      return fallback();
    }
  }
  return { Component: Lazy, preload };
}
