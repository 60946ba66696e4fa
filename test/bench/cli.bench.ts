// Command-line start-up: `jitsi-jwt --help` from the built bundle (what `npm install` gives) and
// from the TypeScript sources through tsx (`npm run jwt`), run one after the other many times as
// hyperfine does. Prints the median, the spread and the ratio; exits non-zero when the bundle's
// median is over 150 ms.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const GOAL_MS = 150;
const WARMUP = 3;
const RUNS = 30;

function build(): void {
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (run.status !== 0) throw new Error('the CLI build failed');
}

function timeRuns(args: string[]): number[] {
  const once = () => {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}`);
    return performance.now() - start;
  };
  for (let index = 0; index < WARMUP; index += 1) once();
  return Array.from({ length: RUNS }, once).sort((a, b) => a - b);
}

const at = (sorted: number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

build();
const cases: [string, string[]][] = [
  ['node (empty script)', ['-e', '0']],
  ['bundle  dist-cli/jitsi-jwt.js', ['dist-cli/jitsi-jwt.js', '--help']],
  ['tsx     src/cli/jitsi-jwt.js', ['src/cli/jitsi-jwt.js', '--help']],
];
const medians = new Map<string, number>();
process.stdout.write(`jitsi-jwt --help, ${RUNS} runs after ${WARMUP} warm-up runs each\n`);
process.stdout.write(`${'start-up'.padEnd(32)}   median      min      p90\n`);
for (const [name, args] of cases) {
  const times = timeRuns(args);
  medians.set(name, at(times, 0.5));
  process.stdout.write(
    `${name.padEnd(32)} ${ms(at(times, 0.5))} ${ms(times[0] ?? Number.NaN)} ${ms(at(times, 0.9))}\n`,
  );
}
const bundle = medians.get('bundle  dist-cli/jitsi-jwt.js') ?? Number.NaN;
const tsx = medians.get('tsx     src/cli/jitsi-jwt.js') ?? Number.NaN;
process.stdout.write(
  `bundle median ${bundle.toFixed(0)} ms, ${(tsx / bundle).toFixed(1)}x faster than tsx; goal <= ${GOAL_MS} ms: ${bundle <= GOAL_MS ? 'met' : 'MISSED'}\n`,
);
process.exitCode = bundle <= GOAL_MS ? 0 : 1;
