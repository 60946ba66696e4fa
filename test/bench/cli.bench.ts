// Command-line start-up: `jitsi-jwt --help` from the built bundle (what `npm install` gives) and
// from the TypeScript sources through tsx (`npm run jwt`), run one after the other many times as
// hyperfine does, beside an empty Node script as the floor. Prints the median wall time, its
// spread, and the CPU time each process used (steady even on a busy machine, where wall time is
// mostly waiting for a core); exits non-zero when the bundle's median wall time is over 150 ms.
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

// Loaded before the measured script: on exit, writes the process's CPU time (user + system, in
// ms, from its start) to file descriptor 3.
const REPORT_CPU = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeSync(3, String((u.user + u.system) / 1000)); });",
)}`;

function timeRuns(args: string[]): { wall: number[]; cpu: number[] } {
  const once = () => {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--import', REPORT_CPU, ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    const wall = performance.now() - start;
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}`);
    return { wall, cpu: Number(String(run.output[3] ?? '')) };
  };
  for (let index = 0; index < WARMUP; index += 1) once();
  const runs = Array.from({ length: RUNS }, once);
  const sorted = (values: number[]) => values.sort((a, b) => a - b);
  return { wall: sorted(runs.map((r) => r.wall)), cpu: sorted(runs.map((r) => r.cpu)) };
}

const at = (sorted: number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

build();
const cases: [string, string[]][] = [
  ['node (empty script)', ['-e', '0']],
  ['bundle  dist-cli/jitsi-jwt.js', ['dist-cli/jitsi-jwt.js', '--help']],
  ['tsx     src/cli/jitsi-jwt.ts', ['--import', 'tsx', 'src/cli/jitsi-jwt.ts', '--help']],
];
const medians = new Map<string, number>();
process.stdout.write(`jitsi-jwt --help, ${RUNS} runs after ${WARMUP} warm-up runs each\n`);
process.stdout.write(`${'start-up'.padEnd(32)}   median      min      p90   median CPU\n`);
for (const [name, args] of cases) {
  const { wall, cpu } = timeRuns(args);
  medians.set(name, at(wall, 0.5));
  process.stdout.write(
    `${name.padEnd(32)} ${ms(at(wall, 0.5))} ${ms(wall[0] ?? Number.NaN)} ${ms(at(wall, 0.9))}    ${ms(at(cpu, 0.5))}\n`,
  );
}
const bundle = medians.get('bundle  dist-cli/jitsi-jwt.js') ?? Number.NaN;
const tsx = medians.get('tsx     src/cli/jitsi-jwt.ts') ?? Number.NaN;
process.stdout.write(
  `bundle median ${bundle.toFixed(0)} ms, ${(tsx / bundle).toFixed(1)}x faster than tsx; goal <= ${GOAL_MS} ms: ${bundle <= GOAL_MS ? 'met' : 'MISSED'}\n`,
);
process.exitCode = bundle <= GOAL_MS ? 0 : 1;
