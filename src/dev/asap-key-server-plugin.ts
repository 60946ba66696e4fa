import { join } from 'node:path';
import type { Plugin } from 'vite';
import { KeyRegistry } from './key-registry.ts';
import { keyServerMiddleware } from './key-server-middleware.ts';

/**
 * Dev server only (`apply: 'serve'`, never in a build): makes `npm run dev` an asap key server.
 * The lab publishes its public keys to `/__lab/keys`; a Jitsi server configured with
 * `asap_key_server = "http://HOST:5173/asap"` fetches them as `/asap/<hex(sha256(kid))>.pem`.
 */
export function asapKeyServer(registry: KeyRegistry = new KeyRegistry()): Plugin {
  return {
    name: 'jitsi-launcher:asap-key-server',
    apply: 'serve',
    config: () => ({
      // A Jitsi container reaches the host as host.docker.internal (Docker Desktop, or
      // `extra_hosts: host.docker.internal:host-gateway`); Vite refuses unknown host names.
      server: { allowedHosts: ['host.docker.internal'] },
    }),
    configResolved(config) {
      // Public keys only: a restarted dev server serves them before the lab opens again.
      registry.persistTo(join(config.cacheDir, 'asap-public-keys.json'));
    },
    configureServer(server) {
      server.middlewares.use(keyServerMiddleware(registry));
    },
  };
}
