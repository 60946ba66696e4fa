import { Component, type ComponentChildren } from 'preact';

export interface ErrorBoundaryProps {
  /** What to show instead of the children once one of them has thrown. */
  fallback: ComponentChildren;
  children: ComponentChildren;
}

/**
 * Keeps a throwing part of the page (a meeting script that misbehaves) from blanking the whole
 * launcher. The error itself is not shown: its text is not ours and could hold anything.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override render({ fallback, children }: ErrorBoundaryProps) {
    return this.state.failed ? fallback : children;
  }
}
