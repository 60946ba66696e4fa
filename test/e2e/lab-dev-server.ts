import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run dev` from code on an ephemeral port: the lab needs the dev server (not the built
 * app) because the dev server is the key server (src/dev/).
 */
export async function startDevServer(
  options: { publicDir?: string } = {},
): Promise<{ base: string; close: () => Promise<void> }> {
  // Its own cache folder: the dev server keeps published keys there, and a test starts clean.
  const cacheDir = mkdtempSync(join(tmpdir(), 'lab-e2e-vite-'));
  const server = await createServer({
    root,
    cacheDir,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    ...(options.publicDir === undefined ? {} : { publicDir: options.publicDir }),
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') {
    await server.close();
    throw new Error('The dev server did not listen on a TCP port.');
  }
  return {
    base: `http://127.0.0.1:${address.port}/`,
    close: async () => {
      await server.close();
      // Vite may still be writing its dependency cache as it closes.
      rmSync(cacheDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
