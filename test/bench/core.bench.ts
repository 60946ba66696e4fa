// Token core speed: the verdict runs on every keystroke, so it must stay well under a frame.
// Prints median and 95th percentile per token size and the time to answer 1 MB of garbage;
// exits non-zero when a target is missed.
import { decodeToken } from '../../src/core/decode-token.ts';
import { judgeToken } from '../../src/core/judge-token.ts';
import type { ServerProfile, Target } from '../../src/core/types.ts';

const NOW = 1_800_000_000;
const PROFILE: ServerProfile = {
  app_id: 'my_app',
  app_secret: 's3cret',
  muc_mapper_domain_base: 'meet.jitsi',
};
const TARGET: Target = { domain: 'meet.example.com', room: 'Daily Standup' };
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function tokenOfSize(bytes: number): string {
  const payload = {
    iss: 'my_app',
    aud: 'jitsi',
    sub: 'meet.jitsi',
    room: 'daily%20standup',
    iat: NOW - 60,
    nbf: NOW - 10,
    exp: NOW + 3600,
    context: {
      user: {
        id: 'u1',
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        avatar: 'https://example.com/a.png',
        moderator: true,
      },
      features: { recording: true, livestreaming: 'false', 'screen-sharing': true },
      group: '',
    },
  };
  const header = b64({ alg: 'HS256', typ: 'JWT' });
  const signature = 'x'.repeat(43);
  const base = `${header}.${b64(payload)}.${signature}`.length;
  // base64 grows 4/3: pad the group field so the whole token is about `bytes` long.
  payload.context.group = 'g'.repeat(Math.max(0, Math.floor(((bytes - base) * 3) / 4)));
  return `${header}.${b64(payload)}.${signature}`;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

function measure(run: () => void, iterations: number): { median: number; p95: number } {
  for (let index = 0; index < 200; index += 1) run();
  const times: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

let failed = 0;
function report(label: string, value: number, target: number, detail = ''): void {
  const ok = value < target;
  if (!ok) failed += 1;
  process.stdout.write(
    `${label.padEnd(42)} ${value.toFixed(3).padStart(8)} ms  target < ${target} ms  ${ok ? 'PASS' : 'FAIL'}${detail}\n`,
  );
}

for (const size of [1024, 8 * 1024]) {
  const token = tokenOfSize(size);
  const verdict = judgeToken(token, PROFILE, TARGET, { now: NOW, signature: { status: 'valid' } });
  if (!verdict.login.ok || !verdict.join.ok)
    throw new Error(`bench token refused: ${verdict.login.reason ?? verdict.join.reason}`);
  const { median, p95 } = measure(
    () => judgeToken(token, PROFILE, TARGET, { now: NOW, signature: { status: 'valid' } }),
    5000,
  );
  process.stdout.write(
    `verdict, ${String(token.length).padStart(5)}-byte token: median ${median.toFixed(3)} ms\n`,
  );
  report(`verdict p95, ${(size / 1024).toFixed(0)} KB token`, p95, 1);
}

const garbage = Array.from({ length: 1024 * 1024 }, (_, index) => 'aZ0-_.=+/ \n'[index % 11]).join(
  '',
);
const garbageNoLimit = garbage.slice(0, 60 * 1024);
const big = measure(() => judgeToken(garbage, PROFILE, TARGET, { now: NOW }), 50);
report('answer to 1 MB of garbage (p95)', big.p95, 50, `  (median ${big.median.toFixed(3)} ms)`);
const nearLimit = measure(() => decodeToken(garbageNoLimit), 200);
process.stdout.write(
  `decode of 60 KB garbage (under the 64 KiB limit): median ${nearLimit.median.toFixed(3)} ms, p95 ${nearLimit.p95.toFixed(3)} ms\n`,
);

process.exitCode = failed === 0 ? 0 : 1;
