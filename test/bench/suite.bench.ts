// The whole `npm test` (type check, lint, the three Vitest projects), timed step by step from a
// warm node_modules: wall time against the 90 s goal, and the CPU time each step used, which
// shows how much of the wall time is work and how much is waiting. The CPU is counted in a
// cgroup of the step's own, so Chromium's processes count and other work on the machine does
// not; where no cgroup can be made (not root, no cgroup v2) it is the whole machine's, from
// /proc/stat. Not part of a plain `npm run bench`: `npm run bench -- suite`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const GOAL_S = 90;
const bin = (name: string) => join(root, 'node_modules/.bin', name);

/** A new cgroup v2 folder, or undefined where none can be made. */
function newCgroup(name: string): string | undefined {
  for (const base of ['/sys/fs/cgroup', '/sys/fs/cgroup/unified']) {
    if (!existsSync(join(base, 'cgroup.procs'))) continue;
    try {
      const dir = join(base, name);
      mkdirSync(dir);
      return dir;
    } catch {
      // Not allowed here: try the next place, or count the whole machine.
    }
  }
  return undefined;
}

/** CPU seconds every process on the machine has used since boot (user, nice, system, irq). */
function machineCpuSeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/) ?? [];
  const [user, nice, system, , , irq, softirq] = fields.slice(1).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0)) / 100;
}

function cgroupCpuSeconds(dir: string): number {
  const usage = /^usage_usec (\d+)$/m.exec(readFileSync(join(dir, 'cpu.stat'), 'utf8'))?.[1];
  return Number(usage ?? Number.NaN) / 1e6;
}

const STEPS: [string, string, string[]][] = [
  ['type check (tsc --noEmit)', bin('tsc'), ['--noEmit']],
  ['lint and format (biome check .)', bin('biome'), ['check', '.']],
  ['vitest run (node, dom, browser)', bin('vitest'), ['run']],
];

async function timeStep(index: number, command: string, args: string[]) {
  const cgroup = newCgroup(`suite-bench-${process.pid}-${index}`);
  const machineBefore = machineCpuSeconds();
  const start = performance.now();
  let output = '';
  // The shell joins the cgroup before it becomes the step, so everything the step starts is in it.
  const [file, argv] =
    cgroup === undefined
      ? [command, args]
      : [
          'sh',
          ['-c', 'echo $$ > "$0" && exec "$@"', join(cgroup, 'cgroup.procs'), command, ...args],
        ];
  const status = await new Promise<number | null>((resolve) => {
    const child = spawn(file, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('close', resolve);
  });
  const wall = (performance.now() - start) / 1000;
  const cpu = cgroup === undefined ? machineCpuSeconds() - machineBefore : cgroupCpuSeconds(cgroup);
  if (cgroup !== undefined) {
    try {
      rmdirSync(cgroup);
    } catch {
      // A process the step left behind keeps it: the kernel drops it when that one ends.
    }
  }
  return { wall, cpu, counted: cgroup === undefined ? 'machine' : 'step', status, output };
}

const seconds = (value: number) => `${value.toFixed(1).padStart(6)} s`;
process.stdout.write(
  `npm test, step by step; load average before: ${loadavg()[0]?.toFixed(1)} on this machine\n`,
);
process.stdout.write(`${'step'.padEnd(34)}     wall        CPU\n`);
let wall = 0;
let cpu = 0;
const counted = new Set<string>();
let failed = false;
for (const [index, [name, command, args]] of STEPS.entries()) {
  const step = await timeStep(index, command, args);
  wall += step.wall;
  cpu += step.cpu;
  counted.add(step.counted);
  const tests = /^\d+ passed, \d+ failed, \d+ skipped$/m.exec(step.output)?.[0];
  process.stdout.write(
    `${name.padEnd(34)} ${seconds(step.wall)}  ${seconds(step.cpu)}${tests === undefined ? '' : `  (${tests})`}\n`,
  );
  if (step.status !== 0) {
    failed = true;
    process.stdout.write(`${step.output.slice(-4000)}\n${name} failed (exit ${step.status})\n`);
  }
}
process.stdout.write(
  `${'npm test'.padEnd(34)} ${seconds(wall)}  ${seconds(cpu)}  (goal ≤ ${GOAL_S} s; ${(cpu / wall).toFixed(1)} cores busy on average)\n`,
);
process.stdout.write(
  counted.has('machine')
    ? 'CPU: the whole machine while each step ran (no cgroup could be made), other work included\n'
    : "CPU: each step's own processes, Chromium's included (a cgroup per step)\n",
);
if (wall > GOAL_S) {
  process.stdout.write(`over the ${GOAL_S} s goal\n`);
  failed = true;
}
process.exitCode = failed ? 1 : 0;
