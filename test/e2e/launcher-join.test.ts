import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { fakeToken } from './fixtures/fake-token.ts';
import { nowSeconds, tokenAnswer } from './launcher-harness.ts';
import { useLauncherSession } from './launcher-session.ts';

const session = useLauncherSession();

async function open(config: Record<string, unknown> | number, path = '') {
  return (await session.open(config, path)).page;
}

/** The meeting iframe's URL, once the IFrame API made it. */
async function meetingUrl(): Promise<URL> {
  const frame = session.opened?.page.locator('iframe[name="jitsiConferenceFrame0"]');
  if (frame === undefined) throw new Error('no page');
  await frame.waitFor({ state: 'attached' });
  return new URL((await frame.getAttribute('src')) ?? '');
}

async function constructed(): Promise<
  Array<{ servedBy: string; domain: string; roomName: string }>
> {
  return (
    (await session.opened?.page.evaluate(
      () => Reflect.get(window, '__jitsiFixture')?.constructed ?? [],
    )) ?? []
  );
}

describe('joining', () => {
  it('gives the iframe exactly the endpoint token, after sending the room, the name and the cookies', async () => {
    const token = fakeToken({ room: 'daily%20standup' }, nowSeconds());
    session.launcher.endpoint.handle = () => ({ body: JSON.stringify({ token }) });
    const page = await open(session.launcher.config(), '?room=Daily%20Standup&name=Ann');
    await session.opened?.context.addCookies([
      { name: 'sso', value: 'signed-in', url: session.launcher.endpoint.origin },
    ]);
    await page.getByLabel('Email (optional)').fill('ann@example.com');
    await page.getByRole('button', { name: 'Join' }).dblclick();
    const url = await meetingUrl();
    expect(url.origin).toBe(`https://${session.launcher.domain('meet')}`);
    expect(url.pathname).toBe('/Daily%20Standup');
    expect(url.searchParams.get('jwt')).toBe(token);
    expect(decodeURIComponent(url.hash.split('&')[0] ?? '')).toBe(`#jwt="${token}"`);
    expect(session.launcher.endpoint.requests).toHaveLength(1);
    expect(session.launcher.endpoint.requests[0]).toMatchObject({
      method: 'POST',
      body: {
        room: 'Daily Standup',
        displayName: 'Ann',
        email: 'ann@example.com',
        domain: session.launcher.domain('meet'),
      },
      cookie: 'sso=signed-in',
    });
    expect(await constructed()).toHaveLength(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      `Daily Standup on ${session.launcher.domain('meet')}`,
    );
  });

  it("reaches a relative endpoint on the launcher's own host (same origin: no CORS)", async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const page = await open(
      session.launcher.config({ endpoint: { url: 'api/jitsi-token' } }),
      '?room=r&name=Ann',
    );
    await page.getByRole('button', { name: 'Join' }).click();
    await meetingUrl();
    expect(session.launcher.endpoint.requests[0]).toMatchObject({
      method: 'POST',
      path: '/launcher/api/jitsi-token',
      origin: new URL(session.launcher.base).origin,
    });
  });

  it('takes the room from the path and sends GET query parameters', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const page = await open(
      session.launcher.config({ endpoint: { url: session.launcher.endpoint.url, method: 'GET' } }),
      'Retro%20Planning?name=Bo',
    );
    expect(await page.getByLabel('Room').inputValue()).toBe('Retro Planning');
    expect(await page.getByLabel('Your name').inputValue()).toBe('Bo');
    await page.getByRole('button', { name: 'Join' }).click();
    expect((await meetingUrl()).pathname).toBe('/Retro%20Planning');
    expect(session.launcher.endpoint.requests[0]).toMatchObject({
      method: 'GET',
      query: { room: 'Retro Planning', displayName: 'Bo', domain: session.launcher.domain('meet') },
    });
  });

  it('remembers the display name on this device, and only the name', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const page = await open(session.launcher.config(), '?room=r');
    await page.getByLabel('Your name').fill('Cleo');
    await page.getByRole('button', { name: 'Join' }).click();
    await meetingUrl();
    await page.goto(`${session.launcher.base}?room=r`);
    expect(await page.getByLabel('Your name').inputValue()).toBe('Cleo');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([
      'jitsi-launcher.displayName',
    ]);
  });

  it('uses the tenant in the script and meeting URLs', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer({ sub: 'sales' });
    await open(session.launcher.config({ tenant: 'sales' }), '?room=q3&name=Ann');
    await session.opened?.page.getByRole('button', { name: 'Join' }).click();
    expect((await meetingUrl()).pathname).toBe('/sales/q3');
    expect(session.launcher.jitsi.scriptRequests).toEqual(['meet.test/sales/external_api.js']);
  });

  it('leaving disposes the meeting; Rejoin fetches a fresh token; "ready to close" leaves too', async () => {
    let count = 0;
    session.launcher.endpoint.handle = () => tokenAnswer({ jti: `t${++count}` });
    const page = await open(session.launcher.config(), '?room=r&name=Ann');
    await page.getByRole('button', { name: 'Join' }).click();
    const first = (await meetingUrl()).searchParams.get('jwt');
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('heading', { name: 'You left r' }).waitFor();
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await page.evaluate(() => Reflect.get(window, '__jitsiFixture')?.disposed)).toBe(1);
    await page.getByRole('button', { name: 'Rejoin' }).click();
    const second = (await meetingUrl()).searchParams.get('jwt');
    expect(session.launcher.endpoint.requests).toHaveLength(2);
    expect(second).not.toBe(first);
    await page.evaluate(() => Reflect.get(window, '__jitsiFixture')?.emit('readyToClose'));
    await page.getByRole('button', { name: 'Rejoin' }).waitFor();
    await page.getByRole('button', { name: 'Join another room' }).click();
    expect(await page.getByLabel('Room').inputValue()).toBe('');
    expect(await page.evaluate(() => Reflect.get(window, '__jitsiFixture')?.disposed)).toBe(2);
  });
});

describe('the domain allow-list', () => {
  it('refuses a linked domain outside the list: no token is requested for it', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const page = await open(
      session.launcher.config(),
      `?room=r&name=Ann&domain=evil.test:${session.launcher.jitsi.port}`,
    );
    expect(await page.getByRole('alert').textContent()).toBe(
      `The link points to evil.test:${session.launcher.jitsi.port}, a meeting server this page does not use: choose one from the list below.`,
    );
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'Choose a meeting server' }).waitFor();
    expect(session.launcher.endpoint.requests).toHaveLength(0);
    expect(session.launcher.jitsi.scriptRequests).toEqual([]);
  });

  it("switches domains without a reload and uses each domain's own script", async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const page = await open(
      session.launcher.config(),
      `?room=r&name=Ann&domain=${session.launcher.domain('other')}`,
    );
    await page.getByRole('button', { name: 'Join' }).click();
    expect((await meetingUrl()).host).toBe(session.launcher.domain('other'));
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('button', { name: 'Join another room' }).click();
    await page.getByLabel('Room').fill('r');
    await page.getByLabel('Meeting server').selectOption(session.launcher.domain('meet'));
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: `r on ${session.launcher.domain('meet')}` }).waitFor();
    expect((await meetingUrl()).host).toBe(session.launcher.domain('meet'));
    expect((await constructed()).map((made) => [made.servedBy, made.domain])).toEqual([
      ['other.test', session.launcher.domain('other')],
      ['meet.test', session.launcher.domain('meet')],
    ]);
    expect(session.launcher.jitsi.scriptRequests).toEqual([
      'other.test/external_api.js',
      'meet.test/external_api.js',
    ]);
  });
});

describe('configuration', () => {
  it('names each bad field and its fix', async () => {
    const page = await open({
      mode: 'endpoint',
      domains: ['https://meet.example.com'],
      debugPanel: 'yes',
    });
    await page.getByRole('table').waitFor();
    const rows = await page.getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual([
      'domains[0]"https://meet.example.com" has a scheme.Write only the host name (and the port if not 443), lowercase, without https:// or a path: "meet.example.com" or "localhost:8443".',
      'endpointmode "endpoint" needs an endpoint to get tokens from.Add "endpoint": { "url": "/api/jitsi-token" } (see "Token endpoint contract" in the README).',
      'debugPaneldebugPanel must be true or false.Write true or false, without quotes.',
    ]);
  });

  it('says so when config.json is missing', async () => {
    const page = await open(404);
    expect(await page.getByRole('alert').textContent()).toBe(
      "Joining cannot work until it is fixed: send this page's address to the site's administrator.",
    );
    expect(await page.locator('main').textContent()).toMatch(
      /config\.json answered 404: the runtime config is missing\. Put config\.json beside index\.html/,
    );
  });
});

describe('page load', () => {
  // Headless Chromium never asks for /favicon.ico; a desktop browser does unless the page names
  // an icon, and a missing one logs a 404 on every load. The built page must name an inline one.
  it('names an inline icon (no /favicon.ico request) and logs nothing to the console', async () => {
    const requested: string[] = [];
    const opened = await session.open(session.launcher.config(), '?room=r&name=Ann');
    opened.context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await opened.page.reload();
    await opened.page.getByRole('button', { name: 'Join' }).waitFor();
    const icon = await opened.page.evaluate(
      () => document.querySelector('link[rel="icon"]')?.getAttribute('href') ?? '',
    );
    expect(icon.startsWith('data:')).toBe(true);
    expect(requested.filter((path) => path.endsWith('favicon.ico'))).toEqual([]);
    expect(opened.console).toEqual([]);
  });
});

describe('accessibility', () => {
  it('the join screen has no axe violations', async () => {
    const page = await open(session.launcher.config(), '?room=r');
    await page.getByRole('button', { name: 'Join' }).waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('the join screen with an error and a refused domain has no axe violations', async () => {
    session.launcher.endpoint.handle = () => ({
      status: 401,
      body: JSON.stringify({ error: 'no session', loginUrl: '/login' }),
    });
    const page = await open(session.launcher.config(), '?room=r&name=a&domain=x.test');
    await page.getByLabel('Meeting server').selectOption(session.launcher.domain('meet'));
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('works by keyboard alone: the room has focus on load, type, Enter joins', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const page = await open(session.launcher.config());
    await page.getByLabel('Room').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('join-room');
    await page.keyboard.type('Weekly');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kim');
    await page.keyboard.press('Enter');
    expect((await meetingUrl()).pathname).toBe('/Weekly');
    expect(session.launcher.endpoint.requests[0]?.body).toMatchObject({
      room: 'Weekly',
      displayName: 'Kim',
    });
  });

  it('the meeting screen with the debug panel has no axe violations', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer({ name: '<b>Ann</b>' });
    const page = await open(session.launcher.config({ debugPanel: true }), '?room=r&name=Ann');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'Token' }).waitFor();
    const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
