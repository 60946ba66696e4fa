// `npm run bench join`: how fast the launcher joins, and how much JavaScript the join screen loads.
//
// From Chromium against the built app: the token endpoint and external_api.js are each delayed
// by DELAY_MS. Loading them one after the other would take about twice the delay. The launcher
// fetches the default domain's external_api.js while the join screen is idle, so Join waits only
// for the token: the time from pressing Join to the IFrame API constructor being called should
// be within 5 % of one delay (target: ratio <= 1.05).
// Sizes: the gzip size of the JavaScript the browser loads to start the join screen (the entry
// and its static imports; target <= 12 kB), and of the rest of the join path, which it fetches
// in the background once the join screen is idle.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Launcher, startLauncher, tokenAnswer } from '../e2e/launcher-harness.ts';

const DELAY_MS = 300;
const RUNS = 9;
const RATIO_TARGET = 1.05;
const JOIN_SCREEN_TARGET_KB = 12;

interface Run {
  ms: number;
  network: number;
  screenScripts: string[];
  joinScripts: string[];
}

async function measureOnce(launcher: Launcher, endpoint: { url: string }): Promise<Run> {
  const opened = await launcher.open(launcher.config({ endpoint }), '?room=Bench&name=Bench');
  const join = opened.page.getByRole('button', { name: 'Join' });
  await join.waitFor();
  await opened.page.waitForLoadState('networkidle');
  // The join screen's JavaScript: the scripts that finished loading before the app started
  // (the entry and its static imports run before DOMContentLoaded). The rest of the join path
  // is fetched afterwards, in the background, once the join screen is idle.
  // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
  const entries: Array<{ name: string; end: number }> = await opened.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.startsWith(location.origin) && entry.name.endsWith('.js'))
      .map((entry) => ({
        name: entry.name.split('/').pop() ?? '',
        end: entry instanceof PerformanceResourceTiming ? entry.responseEnd : 0,
      })),
  );
  const started: number = await opened.page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    return navigation instanceof PerformanceNavigationTiming
      ? navigation.domContentLoadedEventStart
      : 0;
  });
  const scripts = {
    screen: entries.filter((entry) => entry.end <= started).map((entry) => entry.name),
    background: entries.filter((entry) => entry.end > started).map((entry) => entry.name),
  };
  await opened.page.evaluate(() => {
    document.addEventListener(
      'click',
      () => Reflect.set(window, '__joinPressedAt', performance.now()),
      {
        capture: true,
        once: true,
      },
    );
  });
  await join.click();
  const handle = await opened.page.waitForFunction(() => {
    const made = Reflect.get(window, '__jitsiFixture')?.constructed?.[0]?.at;
    const pressed = Reflect.get(window, '__joinPressedAt');
    return typeof made === 'number' && typeof pressed === 'number' ? made - pressed : false;
  });
  const ms = Number(await handle.jsonValue());
  // When the slower of the two delayed requests (token, external_api.js) finished, from Join.
  const network: number = await opened.page.evaluate(() => {
    const pressed = Number(Reflect.get(window, '__joinPressedAt'));
    const ends = performance
      .getEntriesByType('resource')
      .filter(
        (entry) => entry.startTime >= pressed && /jitsi-token|external_api\.js/.test(entry.name),
      )
      .map((entry) => (entry instanceof PerformanceResourceTiming ? entry.responseEnd : 0));
    return Math.max(...ends) - pressed;
  });
  await opened.context.close();
  return { ms, network, screenScripts: scripts.screen, joinScripts: scripts.background };
}

function gzipKb(dist: string, files: string[]): number {
  return (
    files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, 'assets', file))).length,
      0,
    ) / 1000
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const out = (line: string) => process.stdout.write(`${line}\n`);

/** Nine joins against one endpoint placement; prints the times and returns the ratio. */
async function series(
  launcher: Launcher,
  label: string,
  endpointUrl: string,
): Promise<{ ratio: number; runs: Run[] }> {
  const runs: Run[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    runs.push(await measureOnce(launcher, { url: endpointUrl }));
  }
  const times = runs.map((run) => run.ms);
  const middle = median(times);
  const ratio = middle / DELAY_MS;
  const network = median(runs.map((run) => run.network));
  out(
    `${label}: Join -> IFrame API constructed: ${times.map((time) => time.toFixed(0)).join(', ')} ms`,
  );
  out(`  median ${middle.toFixed(0)} ms, ratio to the delay ${ratio.toFixed(2)}`);
  out(
    `  the slower of the two requests itself ended at a median ${network.toFixed(0)} ms (ratio ${(network / DELAY_MS).toFixed(2)}: the servers' delay plus connection set-up${endpointUrl.startsWith('http') ? ', the CORS preflight' : ''} and scheduling on this machine); the launcher's own share: ${(middle - network).toFixed(0)} ms`,
  );
  return { ratio, runs };
}

async function main(): Promise<void> {
  const { buildApp } = await import('../e2e/fixtures/build-app.ts');
  const dist = await buildApp();
  const launcher = await startLauncher();
  let failed = false;
  try {
    launcher.endpoint.handle = () => ({ ...tokenAnswer(), delayMs: DELAY_MS });
    launcher.jitsi.delayMs = DELAY_MS;
    out(
      `endpoint and external_api.js each delayed ${DELAY_MS} ms; ${RUNS} joins per series, each in a fresh browser context`,
    );
    out(`(one after the other would take >= ${2 * DELAY_MS} ms, ratio >= 2)`);
    const same = await series(
      launcher,
      "endpoint on the launcher's host (relative URL, as in the README)",
      'api/jitsi-token',
    );
    const cross = await series(
      launcher,
      'endpoint on another origin (CORS with credentials)',
      launcher.endpoint.url,
    );
    out(
      `ratio, same-origin endpoint: ${same.ratio.toFixed(2)} (target <= ${RATIO_TARGET}): ${same.ratio <= RATIO_TARGET ? 'PASS' : 'FAIL'}; cross-origin: ${cross.ratio.toFixed(2)} (its preflight is one more round trip)`,
    );
    out(
      `machine load average at the end: ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
    );
    const first = same.runs[0];
    const screen = [...new Set(first?.screenScripts ?? [])].sort();
    const joining = [...new Set(first?.joinScripts ?? [])].sort();
    const screenKb = gzipKb(dist, screen);
    const joinKb = gzipKb(dist, joining);
    out(
      `JavaScript the join screen loads, gzip: ${screenKb.toFixed(2)} kB (target <= ${JOIN_SCREEN_TARGET_KB} kB): ${screenKb <= JOIN_SCREEN_TARGET_KB ? 'PASS' : 'FAIL'}`,
    );
    out(`  ${screen.join(', ')}`);
    out(
      `Rest of the join path (join flow, token checks, meeting), fetched in the background once the join screen is idle, gzip: ${joinKb.toFixed(2)} kB`,
    );
    out(`  ${joining.join(', ')}`);
    failed = same.ratio > RATIO_TARGET || screenKb > JOIN_SCREEN_TARGET_KB;
  } finally {
    await launcher.close();
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
