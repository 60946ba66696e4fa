import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A public key the lab published, as the dev server serves it. */
export interface PublishedKey {
  kid: string;
  /** `<hex(sha256(kid))>.pem`, the name a Jitsi server fetches. */
  file: string;
  /** SPKI PEM, re-encoded by Node: only a public key can come out. */
  pem: string;
  jwk: JsonWebKey & { kid: string; alg: 'RS256'; use: 'sig' };
}

export type PublishError =
  | { kind: 'bad-kid'; message: string }
  | { kind: 'not-public-key'; message: string }
  | { kind: 'not-rsa'; message: string }
  | { kind: 'kid-taken'; message: string }
  | { kind: 'too-many-keys'; message: string };

export type PublishResult = { ok: true; value: PublishedKey } | { ok: false; error: PublishError };

const MAX_KID_LENGTH = 256;
/** Far more than a developer rotates through; keeps the registry file small. */
export const MAX_KEYS = 100;

/** Lowercase hex SHA-256 of the kid's UTF-8 bytes, plus `.pem`: what the server fetches. */
export function asapFileNameSync(kid: string): string {
  return `${createHash('sha256').update(kid, 'utf8').digest('hex')}.pem`;
}

/**
 * The public keys the dev server serves. Kept in memory and, once `persistTo` names a file, in
 * that file too (public keys only), so a restarted `npm run dev` serves them before the lab opens.
 */
export class KeyRegistry {
  readonly #byFile = new Map<string, PublishedKey>();
  #file: string | undefined;
  /** Why the last write of the file failed; the keys are still served from memory. */
  persistProblem: string | undefined;

  /** Loads the keys kept in `file` (if any) and keeps it up to date from now on. */
  persistTo(file: string): void {
    this.#file = undefined;
    let saved: unknown;
    try {
      saved = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      saved = [];
    }
    if (Array.isArray(saved)) {
      for (const item of saved) {
        if (typeof item === 'object' && item !== null && 'kid' in item && 'pem' in item) {
          this.publish(item.kid, item.pem);
        }
      }
    }
    this.#file = file;
  }

  #writing: Promise<void> = Promise.resolve();
  #dirty = false;

  /**
   * Writes the file in the background, never blocking a request: one write at a time, and
   * changes made while one runs are written together by the next.
   */
  #save(): void {
    const file = this.#file;
    if (file === undefined || this.#dirty) return;
    this.#dirty = true;
    this.#writing = this.#writing.then(async () => {
      this.#dirty = false;
      const keys = this.list().map(({ kid, pem }) => ({ kid, pem }));
      const staging = `${file}.${process.pid}.tmp`;
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(staging, `${JSON.stringify(keys, null, 2)}\n`);
        await rename(staging, file);
        this.persistProblem = undefined;
      } catch (error) {
        this.persistProblem = `Could not keep the keys in ${file}: ${String(error)}`;
      }
    });
  }

  /** Resolves once every change so far is in the file (or its failure is in persistProblem). */
  saved(): Promise<void> {
    return this.#writing;
  }

  publish(kid: unknown, pem: unknown): PublishResult {
    if (typeof kid !== 'string' || kid.trim() === '' || kid.length > MAX_KID_LENGTH) {
      return fail('bad-kid', `kid must be a non-empty string of at most ${MAX_KID_LENGTH} chars.`);
    }
    if (/[\p{Cc}]/u.test(kid)) return fail('bad-kid', 'kid must not contain control characters.');
    // Only an SPKI block is taken: Node would happily derive a public key from a private one,
    // and a private key must never be stored or served here.
    if (
      typeof pem !== 'string' ||
      !/^\s*-----BEGIN PUBLIC KEY-----[^-]+-----END PUBLIC KEY-----\s*$/.test(pem)
    ) {
      return fail('not-public-key', 'Send one SPKI PEM block (-----BEGIN PUBLIC KEY-----).');
    }
    let key: ReturnType<typeof createPublicKey>;
    try {
      key = createPublicKey({ key: pem, format: 'pem' });
    } catch {
      return fail('not-public-key', 'The PEM block is not a readable public key.');
    }
    if (key.type !== 'public' || key.asymmetricKeyType !== 'rsa') {
      return fail('not-rsa', 'Jitsi key servers take RSA keys (RS256) only.');
    }
    const file = asapFileNameSync(kid);
    const spki = String(key.export({ type: 'spki', format: 'pem' }));
    const existing = this.#byFile.get(file);
    if (existing !== undefined) {
      if (existing.pem === spki) return { ok: true, value: existing };
      return fail(
        'kid-taken',
        `The kid "${kid}" is already published with another public key. A Jitsi server keeps a key per kid until it restarts, so a kid never gets a new key: rotate to a new kid in the lab.`,
      );
    }
    if (this.#byFile.size >= MAX_KEYS) {
      return fail(
        'too-many-keys',
        `The dev server keeps at most ${MAX_KEYS} keys: delete keys you no longer use in the lab first.`,
      );
    }
    const published: PublishedKey = {
      kid,
      file,
      pem: spki,
      jwk: { ...key.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' },
    };
    this.#byFile.set(file, published);
    this.#save();
    return { ok: true, value: published };
  }

  remove(kid: string): boolean {
    const removed = this.#byFile.delete(asapFileNameSync(kid));
    if (removed) this.#save();
    return removed;
  }

  byFile(file: string): PublishedKey | undefined {
    return this.#byFile.get(file);
  }

  list(): PublishedKey[] {
    return [...this.#byFile.values()];
  }
}

function fail(kind: PublishError['kind'], message: string): PublishResult {
  return { ok: false, error: { kind, message } };
}
