import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join, normalize } from 'node:path';
import { isFileLoadingAllowed, normalizePath, type Plugin, type ResolvedConfig } from 'vite';

/**
 * `server.fs.deny` for the dev server. A config's list replaces Vite's own, so Vite's defaults come
 * first; then private keys in the formats Jitsi and JaaS developers keep: JaaS `.pk`, PKCS#8
 * `.p8`, JWK files, Java and PuTTY key stores, SSH keys, and JSON named as a key or secret.
 */
export const DEV_SERVER_DENY = [
  '.env',
  '.env.*',
  '*.{crt,pem,key,p12,pfx,cer,der}',
  '.npmrc',
  '.yarnrc.yml',
  '**/.git/**',
  '*.{pk,p8,jwk,jwks,jks,keystore,ppk,asc,gpg}',
  'id_{rsa,dsa,ecdsa,ed25519}*',
  '*{key,jwk,secret,private,credential}*.json',
];

/** JWK members that only a private (or symmetric) key has. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];
/** Settings that hold a secret in a Jitsi profile, a prosody-style config or a service account. */
const SECRET_FIELDS = ['app_secret', 'private_key', 'privateKey', 'client_secret'];
const MAX_DEPTH = 64;
/** JSON larger than this is no key file; it is left to Vite. */
const MAX_CHECKED_BYTES = 4 * 1024 * 1024;

/** Whether parsed JSON holds a private JWK, a secret setting or a PEM private key. */
export function holdsPrivateMaterial(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === 'string') return value.includes('PRIVATE KEY-----');
  if (Array.isArray(value)) return value.some((item) => holdsPrivateMaterial(item, depth + 1));
  if (typeof value !== 'object' || value === null) return false;
  if ('kty' in value && PRIVATE_JWK_MEMBERS.some((member) => member in value)) return true;
  for (const [name, member] of Object.entries(value)) {
    if (SECRET_FIELDS.includes(name) && typeof member === 'string' && member !== '') return true;
    if (holdsPrivateMaterial(member, depth + 1)) return true;
  }
  return false;
}

/** Whether the JSON file at `path` holds key material (unreadable or absent: no). */
async function isPrivateJsonFile(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_CHECKED_BYTES) return false;
    const text = await readFile(path, 'utf8');
    if (text.includes('PRIVATE KEY-----')) return true;
    return holdsPrivateMaterial(JSON.parse(text));
  } catch {
    return false;
  }
}

/** The files a request path could name: under the root, the public folder, or `/@fs/`. */
function candidates(pathname: string, root: string, publicDir: string): string[] {
  if (pathname.startsWith('/@fs/')) {
    const path = pathname.slice('/@fs'.length);
    return isAbsolute(path) ? [normalize(path)] : [];
  }
  const inside = normalize(pathname).replace(/^([/\\]*\.\.[/\\])+/, '');
  return [join(root, inside), ...(publicDir === '' ? [] : [join(publicDir, inside)])];
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Whether serving `pathname` would hand out key material. */
async function shouldRefuse(pathname: string, config: ResolvedConfig): Promise<boolean> {
  const { root, publicDir } = config;
  // Vite serves `public/` without its deny list: apply it here.
  if (publicDir !== '' && !pathname.startsWith('/@fs/')) {
    const [, inPublic] = candidates(pathname, root, publicDir);
    if (
      inPublic !== undefined &&
      (await isFile(inPublic)) &&
      !isFileLoadingAllowed(config, normalizePath(inPublic))
    ) {
      return true;
    }
  }
  if (!pathname.toLowerCase().endsWith('.json')) return false;
  const found = await Promise.all(candidates(pathname, root, publicDir).map(isPrivateJsonFile));
  return found.includes(true);
}

/**
 * Dev server only. `npm run dev -- --host` serves the project folder to the network; Vite refuses
 * the names in `DEV_SERVER_DENY` (set as `server.fs.deny`) except in `public/`, which this guard
 * covers, and a private key in a JSON file of any name (a JWK, a profile with `app_secret`) is
 * refused wherever the request finds it (the root, `public/`, `/@fs/`, `?import`, `?raw`).
 */
export function privateFileGuard(): Plugin {
  return {
    name: 'jitsi-launcher:private-file-guard',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next) => {
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://dev.invalid').pathname);
        } catch {
          next();
          return;
        }
        shouldRefuse(pathname, server.config).then((refuse) => {
          if (!refuse) {
            next();
            return;
          }
          res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end(
            `Not served: ${pathname} is or holds a private key or a secret. Keep key files outside the project folder.\n`,
          );
        }, next);
      });
    },
  };
}
