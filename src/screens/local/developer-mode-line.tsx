import type { ComponentType } from 'preact';

/** Host names a developer's own machine answers to: local mode is expected there. */
const DEVELOPER_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export interface DeveloperModeLineProps {
  /** The launcher's host name; injected so tests need no navigation. */
  hostname?: string;
}

/**
 * One line saying local mode is on, shown when the launcher is served from anywhere but the
 * developer's own machine: a deployment left with the development config.json.
 */
export function DeveloperModeLine({
  hostname = globalThis.location.hostname,
}: DeveloperModeLineProps) {
  if (DEVELOPER_HOSTS.includes(hostname)) return null;
  return (
    <p class="developer-mode-line" role="note">
      Developer mode: tokens are signed in this browser (config.json has "mode": "local").
    </p>
  );
}

/** Local mode's screen with the developer-mode line above it. Loaded with local mode only. */
export function withDeveloperModeLine<P extends object>(
  Screen: ComponentType<P>,
  hostname?: string,
): ComponentType<P> {
  const line = hostname === undefined ? {} : { hostname };
  return (props: P) => (
    <>
      <DeveloperModeLine {...line} />
      <Screen {...props} />
    </>
  );
}
