// `npm run bench`: runs every test/bench/*.bench.ts in its own Node process, one after the other,
// so one benchmark's warm caches or open browser never colour another's figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
// Run only when named: the suite bench runs all of `npm test`.
const ON_REQUEST = ['suite.bench.ts'];
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) =>
    only.length === 0 ? !ON_REQUEST.includes(name) : only.some((word) => name.includes(word)),
  )
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n== ${file}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed += 1;
}
if (files.length === 0) process.stdout.write('no benchmarks found\n');
process.exitCode = failed === 0 ? 0 : 1;
