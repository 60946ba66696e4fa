import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { asapFileName } from '../core/keys/asap-file-name.ts';
import { exportPublicKey } from '../core/keys/export-public-key.ts';
import { generateKeyPair } from '../core/keys/generate-key-pair.ts';
import { toPem } from '../core/pem.ts';
import { FileRefusal } from './files.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';

export const KEYGEN_HELP = `Usage: jitsi-jwt keygen --kid KID --out DIR [--bits 2048] [--force]

Generates an RSA key pair for RS256 tokens and writes:
  DIR/private-key.pem               the private key (PKCS#8 PEM, mode 600): keep it secret
  DIR/public-key.pem                the public key (SPKI PEM)
  DIR/jwks.json                     the public key as a JWKS (for cache_keys_url)
  DIR/asap/<hex(sha256(KID))>.pem   the public key where an asap_key_server looks for it

Serve DIR/asap/ over https and set asap_key_server (docker: JWT_ASAP_KEYSERVER) to its URL.
Rotate by generating a new kid: the server caches keys per kid until it restarts.
`;

/** File-system refusals that mean "this --out cannot hold the keys". */
const WRITE_ERRORS = new Set(['EACCES', 'EPERM', 'ENOTDIR', 'EROFS', 'EEXIST', 'EISDIR', 'ENOSPC']);

/** Runs file work, turning refusals and file-system errors into words about --out. */
async function writeStep(out: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (error instanceof FileRefusal) throw new UsageError(error.message);
    const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
    if (code !== undefined && WRITE_ERRORS.has(code))
      throw new UsageError(`cannot write ${out}: choose a writable --out (${code}).`);
    throw error;
  }
}

export async function keygenCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      kid: { type: 'string' },
      out: { type: 'string' },
      bits: { type: 'string', default: '2048' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(KEYGEN_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`Unexpected argument "${positionals[0]}". See jitsi-jwt keygen --help.`);
  if (!values.kid?.trim()) throw new UsageError('--kid KID is required, e.g. --kid my-app/key-1.');
  if (!values.out) throw new UsageError('--out DIR is required: where to write the keys.');
  const bits = Number(values.bits);
  if (!Number.isInteger(bits) || bits < 2048 || bits > 8192)
    throw new UsageError('--bits must be a whole number from 2048 to 8192.');
  const privatePath = join(values.out, 'private-key.pem');
  if (!values.force && (await io.exists(privatePath))) {
    throw new UsageError(
      `${privatePath} exists; keygen will not overwrite a private key (use a new --out or --force).`,
    );
  }
  const asapDir = join(values.out, 'asap');
  const publicPem = join(values.out, 'public-key.pem');
  const jwksPath = join(values.out, 'jwks.json');
  const asapPath = join(asapDir, await asapFileName(values.kid));
  const paths = [privatePath, publicPem, jwksPath, asapPath];
  // Every name is checked before anything is written, so a refusal never leaves a new private
  // key beside the old public files.
  await writeStep(values.out, async () => {
    await io.checkTarget(asapDir, 'folder');
    for (const path of paths) await io.checkTarget(path, 'file');
  });
  const pair = await generateKeyPair({ modulusLength: bits, extractable: true });
  const exported = await exportPublicKey(pair.publicKey, values.kid);
  const pkcs8 = toPem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const jwks = `${JSON.stringify(exported.jwks, null, 2)}\n`;
  await writeStep(values.out, async () => {
    await io.makeDir(asapDir);
    await io.writeText(privatePath, pkcs8, 0o600);
    await io.writeText(publicPem, exported.pem);
    await io.writeText(jwksPath, jwks);
    await io.writeText(asapPath, exported.pem);
  });
  io.out(`kid: ${values.kid}\n`);
  for (const path of paths) io.out(`wrote ${path}\n`);
  io.out(
    `Serve ${asapDir}/ and set asap_key_server to its URL; sign with --key ${privatePath} --kid ${values.kid}.\n`,
  );
  return EXIT.ok;
}
