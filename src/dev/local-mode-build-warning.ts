import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * What to tell the operator about the config.json a build ships, or undefined when it needs no
 * warning. The shipped development config is local mode (tokens signed in the browser, no
 * backend), which a deployment must not keep.
 */
export function localModeWarning(configText: string, shownPath: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(configText);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('mode' in parsed)) return undefined;
  if (parsed.mode !== 'local') return undefined;
  return [
    `${shownPath} is in local mode: the deployed launcher would sign tokens in the browser (development only).`,
    `Before deploying, edit ${shownPath}: "mode": "endpoint", your Jitsi server in "domains", "endpoint": { "url": "/api/jitsi-token" } (README, "Deploying").`,
  ].join('\n');
}

/**
 * Build only (`apply: 'build'`): warns when the config.json copied into the output is in local
 * mode. `npm run dev` keeps the local-mode config; the build says what to change.
 */
export function localModeBuildWarning(): Plugin {
  let resolved: ResolvedConfig | undefined;
  return {
    name: 'jitsi-launcher:local-mode-build-warning',
    apply: 'build',
    configResolved(config) {
      resolved = config;
    },
    async closeBundle() {
      if (resolved === undefined) return;
      const outDir = resolve(resolved.root, resolved.build.outDir);
      const path = resolve(outDir, 'config.json');
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text === undefined) return;
      const warning = localModeWarning(text, relative(resolved.root, path) || path);
      if (warning !== undefined) resolved.logger.warn(`\n⚠ ${warning}\n`);
    },
  };
}
