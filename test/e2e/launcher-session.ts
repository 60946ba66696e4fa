import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  type Launcher,
  type OpenOptions,
  type OpenPage,
  startLauncher,
} from './launcher-harness.ts';

/** One launcher per test file; each test opens at most one page, closed after it. */
export interface LauncherSession {
  /** The launcher started for this file (use it inside tests and hooks). */
  readonly launcher: Launcher;
  /** The page the running test opened, if any. */
  readonly opened: OpenPage | undefined;
  /** Opens the launcher with this config.json (a number: that HTTP status) and path. */
  open(
    config: Record<string, unknown> | number,
    path?: string,
    options?: OpenOptions,
  ): Promise<OpenPage>;
}

/**
 * Registers the hooks every launcher browser test file needs: start the launcher before the
 * file, close it after, and after each test close its page, reset the stub endpoint and the
 * stand-in Jitsi domains, and fail the test on any CSP or Trusted Types violation.
 */
export function useLauncherSession(): LauncherSession {
  let launcher: Launcher | undefined;
  let opened: OpenPage | undefined;
  beforeAll(async () => {
    launcher = await startLauncher();
  });
  afterAll(async () => {
    await launcher?.close();
  });
  afterEach(async () => {
    // Under the strict headers the harness serves, nothing the test did may break the policy.
    const violations = opened?.violations ?? [];
    await opened?.context.close();
    opened = undefined;
    launcher?.endpoint.reset();
    launcher?.jitsi.reset();
    expect(violations, 'CSP and Trusted Types violations').toEqual([]);
  });
  const started = (): Launcher => {
    if (launcher === undefined) throw new Error('The launcher starts in beforeAll.');
    return launcher;
  };
  return {
    get launcher() {
      return started();
    },
    get opened() {
      return opened;
    },
    async open(config, path = '', options = {}) {
      opened = await started().open(config, path, options);
      return opened;
    },
  };
}
