import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Path arithmetic, not `new URL`: in the dom project URL is happy-dom's.
const read = (name: string) =>
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), name), 'utf8');

/**
 * config.js (kept as .txt so no linter rewrites it) as the web server sends it: nginx's SSI fills in subdir ("team/") and subdomain
 * ("team.") on a tenant's page, or leaves its echo placeholder when SSI is off.
 */
export function classicConfigJs(subdir: string, subdomain: string): string {
  return read('classic-config.js.txt')
    .replace("'SUBDIR'", `'${subdir}'`)
    .replace("'SUBDOMAIN'", `'${subdomain}'`);
}

/** docker-jitsi-meet's config.js (assignments), with its public URLs. */
export function dockerConfigJs(options: {
  subdir?: string;
  subdomain?: string;
  base?: string;
  websocketBase?: string;
}): string {
  return read('docker-config.js.txt')
    .replace("'SUBDIR'", `'${options.subdir ?? ''}'`)
    .replace('"SUBDOMAIN"', `"${options.subdomain ?? ''}"`)
    .replace("'BASE/'", `'${options.base ?? 'https://localhost:8443'}/'`)
    .replace("'WSBASE/'", `'${options.websocketBase ?? 'wss://localhost:8443'}/'`);
}
