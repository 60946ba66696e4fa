import type { Plugin } from 'vite';
import { probeMiddleware } from './probe-middleware.ts';

/**
 * Dev server only (`apply: 'serve'`, never in a build): the lab's "Test on the server" runs the
 * probe here, on the Node side, and reads the answer from `/__lab/probe`.
 */
export function serverProbe(): Plugin {
  return {
    name: 'jitsi-launcher:server-probe',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(probeMiddleware());
    },
  };
}
