// The server probe against a real prosody on loopback (the probe tests' own deployment: token
// module, MUC, focus stand-in): each stage's time as the probe measures it, over many runs, and
// the whole probe with its connection closed. Prints figures; there is no target (a real
// deployment's times are its network's).
import { SignJWT } from 'jose';
import { runProbe } from '../../src/probe/run-probe.ts';
import {
  APP_ID,
  APP_SECRET,
  MUC_DOMAIN,
  startProsody,
  XMPP_DOMAIN,
} from '../probe/prosody-server.ts';

const RUNS = 30;
const WARMUP = 3;

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${sorted[sorted.length - 1]} ms`;
}

async function token(secret: string, now: number): Promise<string> {
  return new SignJWT({ iss: APP_ID, aud: 'jitsi', sub: XMPP_DOMAIN, room: '*', exp: now + 3600 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));
}

const prosody = await startProsody();
try {
  const now = Math.floor(Date.now() / 1000);
  const good = await token(APP_SECRET, now);
  const bad = await token('another-secret', now);
  const overrides = {
    websocket: prosody.websocket,
    xmppDomain: XMPP_DOMAIN,
    mucDomain: MUC_DOMAIN,
  };
  const times = {
    login: [] as number[],
    refused: [] as number[],
    focus: [] as number[],
    join: [] as number[],
    whole: [] as number[],
  };
  for (let run = 0; run < WARMUP + RUNS; run += 1) {
    const start = performance.now();
    const joined = await runProbe({
      origin: 'https://meet.test',
      target: { domain: 'meet.test', room: `bench-${run}` },
      token: good,
      join: true,
      now,
      overrides,
    });
    const whole = Math.round(performance.now() - start);
    if (!joined.ok || !joined.login.ok || !joined.join?.ok)
      throw new Error('the probe was not let in');
    const refused = await runProbe({
      origin: 'https://meet.test',
      target: { domain: 'meet.test', room: 'bench' },
      token: bad,
      join: false,
      now,
      overrides,
    });
    if (!refused.ok || refused.login.ok) throw new Error('the bad signature was not refused');
    if (run < WARMUP) continue;
    times.login.push(joined.timings.login ?? 0);
    times.focus.push(joined.timings.focus ?? 0);
    times.join.push(joined.timings.join ?? 0);
    times.whole.push(whole);
    times.refused.push(refused.timings.login ?? 0);
  }
  process.stdout.write(
    [
      `probe against prosody on loopback, ${RUNS} runs after ${WARMUP} warm-up`,
      `  login accepted (connect, stream, SASL, bind): ${summary(times.login)}`,
      `  login refused ("Invalid signature"):          ${summary(times.refused)}`,
      `  conference request to the focus:              ${summary(times.focus)}`,
      `  MUC join as token-probe:                      ${summary(times.join)}`,
      `  whole probe with --join, connection closed:   ${summary(times.whole)}`,
      '',
    ].join('\n'),
  );
} finally {
  await prosody.stop();
}
