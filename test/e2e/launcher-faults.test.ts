import { describe, expect, it } from 'vitest';
import { fakeToken } from './fixtures/fake-token.ts';
import type { StubHandler } from './fixtures/token-endpoint.ts';
import { type Launcher, nowSeconds, type OpenPage, tokenAnswer } from './launcher-harness.ts';
import { useLauncherSession } from './launcher-session.ts';
import { overflowAtEveryWidth } from './overflow.ts';

const session = useLauncherSession();

interface Fault {
  name: string;
  handle?: StubHandler;
  config?: (launcher: Launcher) => Record<string, unknown>;
  domain?: (launcher: Launcher) => string;
  before?: (launcher: Launcher) => void;
  title: string;
  text: string;
  requests?: number;
}

const json = (status: number, body: unknown) => ({ status, body: JSON.stringify(body) });
const fast = (l: Launcher, endpoint: Record<string, unknown> = {}) =>
  l.config({ endpoint: { url: l.endpoint.url, retries: 1, timeoutMs: 3000, ...endpoint } });

const FAULTS: Fault[] = [
  {
    name: '403',
    handle: () => json(403, { error: 'not in group' }),
    title: 'You cannot join this meeting',
    text: 'You are signed in, but not allowed to join this meeting. It said: "not in group".',
  },
  {
    name: '404',
    handle: () => ({ status: 404, body: 'nope', contentType: 'text/plain' }),
    title: 'This page is not set up correctly',
    text: 'answered 404: the endpoint URL in config.json is wrong',
  },
  {
    name: '429 for good',
    handle: () => ({ status: 429, headers: { 'Retry-After': '0' } }),
    title: 'Too many people are joining',
    text: 'The token endpoint is rate-limiting requests (429) (tried 2 times). It asks to wait 0 s.',
    requests: 2,
  },
  {
    name: '500',
    handle: () => ({ status: 500, body: 'boom', contentType: 'text/plain' }),
    title: 'Joining is not available right now',
    text: 'The token endpoint failed with an internal error (500).',
    requests: 1,
  },
  {
    name: '502',
    handle: () => ({ status: 502 }),
    title: 'Joining is not available right now',
    text: 'The token endpoint is temporarily unavailable (502) (tried 2 times).',
    requests: 2,
  },
  {
    name: '503',
    handle: () => ({ status: 503 }),
    title: 'Joining is not available right now',
    text: 'The token endpoint is temporarily unavailable (503) (tried 2 times).',
    requests: 2,
  },
  {
    name: 'timeout',
    handle: () => ({ ...tokenAnswer(), delayMs: 5000 }),
    config: (l) => fast(l, { timeoutMs: 300, retries: 0 }),
    title: 'This is taking too long',
    text: 'The token endpoint did not answer within 0.3 s.',
  },
  {
    name: 'network failure',
    config: (l) => fast(l, { url: 'http://127.0.0.1:9/api/jitsi-token', retries: 0 }),
    title: 'Could not connect',
    text: 'The token endpoint could not be reached',
  },
  {
    name: 'CORS failure',
    handle: () => ({ ...tokenAnswer(), cors: false }),
    config: (l) => fast(l, { retries: 0 }),
    title: 'Could not connect',
    text: 'its CORS headers do not allow this launcher',
  },
  {
    name: 'HTML error page',
    handle: () => ({
      status: 200,
      contentType: 'text/html',
      body: '<html><body>Proxy error</body></html>',
    }),
    title: 'You may have been signed out',
    text: 'answered 200 with a web page instead of a token',
  },
  {
    name: 'empty body',
    handle: () => ({ status: 200, body: '' }),
    title: 'This page is not set up correctly',
    text: 'The token endpoint answered 200 with an empty body instead of a token.',
  },
  {
    name: 'invalid JSON',
    handle: () => ({ status: 200, body: '{"token": ' }),
    title: 'This page is not set up correctly',
    text: 'The token endpoint answered with JSON that does not parse.',
  },
  {
    name: 'JSON without a token',
    handle: () => json(200, { access_token: 'x' }),
    title: 'This page is not set up correctly',
    text: 'The token endpoint\'s JSON has no "token" or "jwt" string (it has: access_token).',
  },
  {
    name: 'not a JWT',
    handle: () => json(200, { token: 'hello' }),
    title: 'The meeting would not let you in',
    text: 'The meeting server would answer: Invalid token',
  },
  {
    name: 'expired token (fetched twice)',
    handle: () => tokenAnswer({ exp: nowSeconds() - 60 }),
    title: 'Your access has run out',
    text: 'expired',
    requests: 2,
  },
  {
    name: 'token for another room',
    handle: () => tokenAnswer({ room: 'other-room' }),
    title: 'The meeting would not let you in',
    text: 'Set room to "daily%20standup", or "*" for any room.',
  },
  {
    name: 'token for another tenant',
    handle: () => tokenAnswer({ sub: 'marketing' }),
    config: (l) => ({ ...fast(l), tenant: 'sales' }),
    title: 'The meeting would not let you in',
    text: 'Set sub to "sales".',
  },
  {
    name: 'external_api.js answering 404',
    handle: () => tokenAnswer(),
    domain: (l) => l.domain('gone'),
    before: (l) => l.jitsi.behaviour.set('gone.test', 'not-found'),
    title: 'The meeting server cannot be reached',
    text: 'did not deliver its meeting script',
  },
  {
    name: 'external_api.js over failing TLS',
    handle: () => tokenAnswer(),
    domain: (l) => `bad-tls.test:${l.jitsi.badTlsPort}`,
    title: 'The meeting server cannot be reached',
    text: 'its certificate is not trusted',
  },
  {
    name: 'external_api.js never answering',
    handle: () => tokenAnswer(),
    domain: (l) => `silent.test:${l.jitsi.silentPort}`,
    title: 'The meeting server is too slow',
    text: `did not deliver its meeting script (https://silent.test:`,
  },
];

async function join(fault: Fault): Promise<OpenPage> {
  let config = fault.config?.(session.launcher) ?? fast(session.launcher);
  const domain = fault.domain?.(session.launcher);
  if (domain !== undefined) config = { ...config, domains: [domain], scriptTimeoutMs: 1000 };
  fault.before?.(session.launcher);
  session.launcher.endpoint.handle = fault.handle ?? (() => tokenAnswer());
  const opened = await session.open(config, '?room=Daily%20Standup&name=Ann');
  await opened.page.getByRole('button', { name: 'Join' }).click();
  return opened;
}

describe('every fault has its own words and no endless spinner', () => {
  for (const fault of FAULTS) {
    it(fault.name, async () => {
      const { page } = await join(fault);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 8000 });
      expect(await alert.locator('h2').textContent()).toBe(fault.title);
      // The technical words wait, folded, under "Details for your administrator".
      const notice = page.locator('[data-error-kind]');
      expect(await notice.textContent()).toContain(fault.text);
      expect(await page.locator('iframe').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Join' }).isEnabled()).toBe(true);
      if (fault.requests !== undefined)
        expect(session.launcher.endpoint.requests).toHaveLength(fault.requests);
      // Long URLs and reasons wrap: no sideways scrolling at any width, details open or not.
      expect(await overflowAtEveryWidth(page)).toEqual([]);
      await page.getByText('Details for your administrator').click();
      expect(await overflowAtEveryWidth(page)).toEqual([]);
    });
  }
});

describe('ways forward', () => {
  it('401 with a loginUrl: Sign in goes to the identity provider', async () => {
    const { page } = await join({
      name: '401',
      handle: () => json(401, { error: 'no session', loginUrl: '/login?next=launcher' }),
      title: '',
      text: '',
    });
    expect(await page.getByRole('alert').locator('h2').textContent()).toBe('Sign in to join');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Stand-in sign-in' }).waitFor();
    expect(page.url()).toBe(`${session.launcher.endpoint.origin}/login?next=launcher`);
  });

  it('429 with Retry-After is waited out, then the join succeeds', async () => {
    const { page } = await join({
      name: '429 once',
      handle: (_request, index) =>
        index === 0 ? { status: 429, headers: { 'Retry-After': '1' } } : tokenAnswer(),
      title: '',
      text: '',
    });
    await page.locator('iframe').waitFor({ state: 'attached' });
    expect(session.launcher.endpoint.requests).toHaveLength(2);
  });

  it('an expired token is fetched once more and the fresh one is used', async () => {
    const fresh = fakeToken({ jti: 'fresh' }, nowSeconds());
    const { page } = await join({
      name: 'expired once',
      handle: (_request, index) =>
        index === 0
          ? tokenAnswer({ exp: nowSeconds() - 1 })
          : { body: JSON.stringify({ jwt: fresh }) },
      title: '',
      text: '',
    });
    const src = await page.locator('iframe').getAttribute('src');
    expect(new URL(src ?? '').searchParams.get('jwt')).toBe(fresh);
    expect(session.launcher.endpoint.requests).toHaveLength(2);
  });

  it('one main button at a time: while Try again is offered, Join steps back', async () => {
    const { page } = await join({
      name: '500',
      handle: () => ({ status: 500 }),
      title: '',
      text: '',
    });
    const tryAgain = page.getByRole('button', { name: 'Try again' });
    await tryAgain.waitFor();
    const look = (name: string) =>
      page.getByRole('button', { name, exact: true }).evaluate((button) => {
        const style = getComputedStyle(button);
        return `${style.backgroundColor} ${style.fontWeight}`;
      });
    // Join looks like a plain button (the fields' background); Try again keeps the accent colour.
    expect(await look('Join')).toBe('rgb(246, 248, 250) 400');
    expect(await look('Try again')).toBe('rgb(11, 92, 173) 600');
  });

  it('Try again after a 500 joins without a reload', async () => {
    const { page } = await join({
      name: '500 once',
      handle: (_request, index) => (index === 0 ? { status: 500 } : tokenAnswer()),
      title: '',
      text: '',
    });
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('iframe').waitFor({ state: 'attached' });
  });

  it('a failed external_api.js is loaded again on Try again, without a reload', async () => {
    session.launcher.jitsi.behaviour.set('gone.test', 'not-found');
    const { page } = await join({
      name: 'script 404 then ok',
      domain: (l) => l.domain('gone'),
      title: '',
      text: '',
    });
    await page.getByText('The meeting server cannot be reached').waitFor();
    // Once or twice so far: the idle prefetch may have failed before Join, which then tried again.
    const failed = [...session.launcher.jitsi.scriptRequests];
    expect(failed.length).toBeGreaterThanOrEqual(1);
    session.launcher.jitsi.behaviour.clear();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('iframe').waitFor({ state: 'attached' });
    expect(session.launcher.jitsi.scriptRequests).toEqual([...failed, 'gone.test/external_api.js']);
    expect(failed.every((request) => request === 'gone.test/external_api.js')).toBe(true);
  });
});

describe('the config error', () => {
  it('lists bad fields without sideways scrolling, one block per field on a phone', async () => {
    const { page } = await session.open({
      mode: 'endpoint',
      domains: ['https://meet.example.com/'],
      endpoint: {},
    });
    await page.getByRole('heading', { name: 'This page is not set up correctly' }).waitFor();
    expect(await overflowAtEveryWidth(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 800 });
    const cells = await page
      .getByRole('row', { name: /endpoint\.url/ })
      .locator('td')
      .evaluateAll((tds) =>
        tds.map((td) => `${getComputedStyle(td, '::before').content}${td.textContent}`),
      );
    expect(cells).toEqual([
      '"Problem: "endpoint.url is missing.',
      '"Fix: "Set the URL of your token endpoint, absolute (https://sso.example.com/jitsi-token) or relative to the launcher (/api/jitsi-token).',
    ]);
  });
});
