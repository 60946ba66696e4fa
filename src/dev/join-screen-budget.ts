import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The most JavaScript, in gzip bytes, the browser may load to show the join screen. */
export const JOIN_SCREEN_BUDGET_BYTES = 12_000;

export interface BuiltChunk {
  code: string;
  isEntry: boolean;
  /** The chunks it imports statically (loaded before it runs). */
  imports: readonly string[];
}

/** The gzip size of the entry chunks and every chunk they import statically. */
export function joinScreenBytes(chunks: ReadonlyMap<string, BuiltChunk>): number {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  for (const [name, chunk] of chunks) if (chunk.isEntry) visit(name);
  let bytes = 0;
  for (const name of seen) bytes += gzipSync(chunks.get(name)?.code ?? '').length;
  return bytes;
}

/**
 * Build only: prints the join screen's JavaScript size and fails the build when it is over
 * `budget` gzip bytes, so a change that slows the first screen is caught where it is made.
 */
export function joinScreenBudget(budget = JOIN_SCREEN_BUDGET_BYTES): Plugin {
  return {
    name: 'jitsi-launcher:join-screen-budget',
    apply: 'build',
    writeBundle(_options, bundle) {
      const chunks = new Map<string, BuiltChunk>();
      for (const [name, output] of Object.entries(bundle)) {
        if (output.type === 'chunk') chunks.set(name, output);
      }
      const bytes = joinScreenBytes(chunks);
      const figures = `${(bytes / 1000).toFixed(2)} kB gzip (budget ${(budget / 1000).toFixed(2)} kB)`;
      if (bytes > budget) {
        this.error(
          `The join screen's JavaScript is ${figures}. Load what the join screen does not show with import(), or make room elsewhere.`,
        );
      }
      this.info(`join screen JavaScript: ${figures}`);
    },
  };
}
