// The whole `npm test` (type check, lint, the three Vitest projects), timed step by step from a
// warm node_modules: wall time against the 90 s goal, and the CPU time the machine spent on it
// (all processes, Chromium's included, from /proc/stat), which shows how much of the wall time
// is work and how much is waiting. Not part of a plain `npm run bench`: `npm run bench -- suite`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const GOAL_S = 90;
const bin = (name: string) => join(root, 'node_modules/.bin', name);

/** CPU seconds every process on the machine has used since boot (user, nice, system, irq). */
function machineCpuSeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/) ?? [];
  const [user, nice, system, , , irq, softirq] = fields.slice(1).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0)) / 100;
}

const STEPS: [string, string, string[]][] = [
  ['type check (tsc --noEmit)', bin('tsc'), ['--noEmit']],
  ['lint and format (biome check .)', bin('biome'), ['check', '.']],
  ['vitest run (node, dom, browser)', bin('vitest'), ['run']],
];

async function timeStep(command: string, args: string[]) {
  const cpuBefore = machineCpuSeconds();
  const start = performance.now();
  let output = '';
  const status = await new Promise<number | null>((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('close', resolve);
  });
  return {
    wall: (performance.now() - start) / 1000,
    cpu: machineCpuSeconds() - cpuBefore,
    status,
    output,
  };
}

const seconds = (value: number) => `${value.toFixed(1).padStart(6)} s`;
process.stdout.write(
  `npm test, step by step; load average before: ${loadavg()[0]?.toFixed(1)} on this machine\n`,
);
process.stdout.write(`${'step'.padEnd(34)}     wall   machine CPU\n`);
let wall = 0;
let cpu = 0;
let failed = false;
for (const [name, command, args] of STEPS) {
  const step = await timeStep(command, args);
  wall += step.wall;
  cpu += step.cpu;
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
if (wall > GOAL_S) {
  process.stdout.write(`over the ${GOAL_S} s goal\n`);
  failed = true;
}
process.exitCode = failed ? 1 : 0;
