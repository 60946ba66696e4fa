import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { asapKeyServer } from './src/dev/asap-key-server-plugin.ts';
import { joinScreenBudget } from './src/dev/join-screen-budget.ts';
import { localModeBuildWarning } from './src/dev/local-mode-build-warning.ts';
import { DEV_SERVER_DENY, privateFileGuard } from './src/dev/private-file-guard.ts';
import { serverProbe } from './src/dev/server-probe-plugin.ts';

// The meeting's pure logic (events to state, the rejoin bound, the role asked) needs no DOM.
const MEETING_NODE_TESTS = [
  'test/meeting/meeting-state.test.ts',
  'test/meeting/meeting-events.test.ts',
  'test/meeting/rejoin-policy.test.ts',
  'test/meeting/asked-role.test.ts',
];

export default defineConfig({
  // Relative asset URLs: dist/ can be served under any path.
  base: './',
  plugins: [
    preact(),
    privateFileGuard(),
    asapKeyServer(),
    serverProbe(),
    localModeBuildWarning(),
    joinScreenBudget(),
  ],
  // `npm run dev -- --host` serves the project folder to the network: never a private key.
  server: { fs: { deny: DEV_SERVER_DENY } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // No preload list of each lazy chunk's imports: it cost the join screen 0.4 kB, and every
    // lazy screen is fetched while the join screen is idle, before anyone needs it.
    modulePreload: false,
  },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    // Vitest's default on a 2-core machine is one worker; the browser files spend most of their
    // time waiting on Chromium, so two run side by side.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Pure code with no page: one module graph for every file saves most of the start-up.
          isolate: false,
          include: [
            'test/core/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/lib/**/*.test.ts',
            'test/probe/**/*.test.ts',
            'test/deploy/**/*.test.ts',
            'test/i18n/**/*.test.ts',
            ...MEETING_NODE_TESTS,
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          // One page and one module graph for every file, in threads: half the time of a fresh
          // page per file. The setup file leaves the page as each file found it.
          isolate: false,
          pool: 'threads',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [
            'test/core/**',
            'test/cli/**',
            'test/lib/**',
            'test/probe/**',
            'test/deploy/**',
            'test/i18n/**',
            'test/e2e/**',
            ...MEETING_NODE_TESTS,
          ],
          setupFiles: ['test/support/english-messages.ts', 'test/support/fresh-page.ts'],
          server: { deps: { inline: ['zustand', '@jitsi/react-sdk'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
