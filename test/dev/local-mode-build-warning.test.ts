import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { localModeBuildWarning, localModeWarning } from '../../src/dev/local-mode-build-warning.ts';

const WARNING = `dist/config.json is in local mode: the deployed launcher would sign tokens in the browser (development only).
Before deploying, edit dist/config.json: "mode": "endpoint", your Jitsi server in "domains", "endpoint": { "url": "/api/jitsi-token" } (README, "Deploying").`;

describe('localModeWarning', () => {
  it('warns about a local-mode config and nothing else', () => {
    expect(localModeWarning('{"mode": "local", "domains": ["x"]}', 'dist/config.json')).toBe(
      WARNING,
    );
    expect(localModeWarning('{"mode": "endpoint"}', 'dist/config.json')).toBeUndefined();
    expect(localModeWarning('{', 'dist/config.json')).toBeUndefined();
    expect(localModeWarning('null', 'dist/config.json')).toBeUndefined();
  });
});

describe('localModeBuildWarning', () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root !== undefined) await rm(root, { recursive: true, force: true });
  });

  async function buildWith(config: string | undefined): Promise<string[]> {
    root = await mkdtemp(join(tmpdir(), 'launcher-build-'));
    if (config !== undefined) {
      await mkdir(join(root, 'dist'));
      await writeFile(join(root, 'dist', 'config.json'), config);
    }
    const warnings: string[] = [];
    const plugin = localModeBuildWarning();
    expect(plugin.apply).toBe('build');
    const resolved = {
      root,
      build: { outDir: 'dist' },
      logger: { warn: (text: string) => warnings.push(text) },
    };
    const configResolved = plugin.configResolved;
    const closeBundle = plugin.closeBundle;
    if (typeof configResolved !== 'function' || typeof closeBundle !== 'function') {
      throw new Error('hooks missing');
    }
    // The hooks as Vite calls them; they read only these fields.
    await Reflect.apply(configResolved, {}, [resolved as unknown as ResolvedConfig]);
    await Reflect.apply(closeBundle, {}, []);
    return warnings;
  }

  it('prints the warning after a build whose dist/config.json is local mode', async () => {
    expect(await buildWith('{"mode": "local", "domains": ["localhost:8443"]}')).toEqual([
      `\n⚠ ${WARNING}\n`,
    ]);
  });

  it('stays quiet for endpoint mode or no config.json', async () => {
    expect(await buildWith('{"mode": "endpoint", "domains": ["meet.example.com"]}')).toEqual([]);
    expect(await buildWith(undefined)).toEqual([]);
  });
});
