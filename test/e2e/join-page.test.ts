import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fakeToken } from './fixtures/fake-token.ts';
import { nowSeconds, tokenAnswer } from './launcher-harness.ts';
import { useLauncherSession } from './launcher-session.ts';
import { overflowAtEveryWidth } from './overflow.ts';

const session = useLauncherSession();

/** What the stand-in IFrame API was constructed with, in order. */
async function constructed(
  page: Page,
): Promise<Array<{ domain: string; roomName: string; userInfo: Record<string, string> | null }>> {
  return page.evaluate(() => Reflect.get(window, '__jitsiFixture')?.constructed ?? []);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

/** Joins with the debug panel on, in a window `width` px wide. */
async function joinWithDrawer(width: number): Promise<Page> {
  session.launcher.endpoint.handle = () => tokenAnswer();
  const { page } = await session.open(
    session.launcher.config({ debugPanel: true }),
    '?room=r&name=Ann',
  );
  await page.setViewportSize({ width, height: 800 });
  await page.getByRole('button', { name: 'Join' }).click();
  return page;
}

const LONG_HOST = `a-very-long-meeting-server-name.in-a-deeply-nested.subdomain.meet`;

describe('faster than the click', () => {
  it("loads the default domain's external_api.js while the join screen is idle, and Join runs it no second time", async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const { page } = await session.open(session.launcher.config(), '?room=r&name=Ann');
    await page.getByRole('button', { name: 'Join' }).waitFor();
    await expect
      .poll(() => session.launcher.jitsi.scriptRequests)
      .toEqual(['meet.test/external_api.js']);
    expect(session.launcher.endpoint.requests).toHaveLength(0);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.locator('iframe').waitFor({ state: 'attached' });
    expect(session.launcher.jitsi.scriptRequests).toEqual(['meet.test/external_api.js']);
    expect(await page.locator('script[data-jitsi-external-api]').count()).toBe(1);
    expect(await constructed(page)).toHaveLength(1);
  });
});

describe('identity', () => {
  it('with displayName "fromToken": no name or email fields, the room only, the name from the token', async () => {
    const token = fakeToken({ name: 'Ann from SSO' }, nowSeconds());
    session.launcher.endpoint.handle = () => ({ body: JSON.stringify({ token }) });
    const { page } = await session.open(
      session.launcher.config({ displayName: 'fromToken' }),
      '?room=Retro&name=Typed',
    );
    await page.getByLabel('Room').waitFor();
    expect(await page.getByLabel('Your name').count()).toBe(0);
    expect(await page.getByLabel('Email (optional)').count()).toBe(0);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.locator('iframe').waitFor({ state: 'attached' });
    expect(session.launcher.endpoint.requests[0]?.body).toEqual({
      room: 'Retro',
      domain: session.launcher.domain('meet'),
    });
    expect((await constructed(page))[0]?.userInfo).toEqual({
      displayName: 'Ann from SSO',
      email: '',
    });
  });

  it('with displayName "optional": the name may stay empty', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const { page } = await session.open(
      session.launcher.config({ displayName: 'optional' }),
      '?room=Retro',
    );
    await page.getByLabel('Your name (optional)').waitFor();
    await page.getByRole('button', { name: 'Join' }).click();
    await page.locator('iframe').waitFor({ state: 'attached' });
    expect(session.launcher.endpoint.requests[0]?.body).toEqual({
      room: 'Retro',
      domain: session.launcher.domain('meet'),
    });
  });
});

describe('one click from a portal', () => {
  it('?autojoin=1 from a page of its own site joins at once, with no click', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const { page } = await session.open(session.launcher.config());
    await page.goto(`${session.launcher.base}?room=r&name=Ann&autojoin=1`, {
      referer: `${new URL(session.launcher.base).origin}/portal`,
    });
    await page.locator('iframe').waitFor({ state: 'attached' });
    expect(session.launcher.endpoint.requests).toHaveLength(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      `r on ${session.launcher.domain('meet')}`,
    );
  });

  it('?autojoin=1 from any other page, or typed, only fills the form', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const { page } = await session.open(session.launcher.config());
    const link = `${session.launcher.base}?room=attacker-room&name=Victim&autojoin=1`;
    for (const referer of ['https://evil.test/page', undefined]) {
      await page.goto(link, referer === undefined ? {} : { referer });
      await page.getByRole('button', { name: 'Join' }).waitFor();
      expect(await page.getByLabel('Room').inputValue()).toBe('attacker-room');
    }
    expect(session.launcher.endpoint.requests).toHaveLength(0);
  });

  it('config autoJoin with fromToken needs only the room; without a room, the form shows', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const config = session.launcher.config({ autoJoin: true, displayName: 'fromToken' });
    const { page } = await session.open(config, 'Daily%20Standup');
    await page.locator('iframe').waitFor({ state: 'attached' });
    await page.goto(session.launcher.base);
    await page.getByLabel('Room').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('join-room');
    expect(session.launcher.endpoint.requests).toHaveLength(1);
  });

  it('an autojoin that fails shows the error on the form, with its way forward', async () => {
    session.launcher.endpoint.handle = () => ({ status: 503 });
    const config = session.launcher.config({
      endpoint: { url: session.launcher.endpoint.url, retries: 0 },
    });
    const { page } = await session.open(config);
    await page.goto(`${session.launcher.base}?room=r&name=Ann&autojoin=1`, {
      referer: `${new URL(session.launcher.base).origin}/portal`,
    });
    await page.getByRole('heading', { name: 'Joining is not available right now' }).waitFor();
    session.launcher.endpoint.handle = () => tokenAnswer();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('iframe').waitFor({ state: 'attached' });
  });
});

describe('sign in when embedded', () => {
  const login = () => `${session.launcher.endpoint.origin}/login?next=launcher`;
  const launcherUrl = () => `${session.launcher.base}?room=r&name=Ann`;
  const portal = () =>
    `${session.launcher.endpoint.origin}/portal?launcher=${encodeURIComponent(launcherUrl())}`;

  /** The launcher inside an intranet page, its endpoint asking to sign in: Join, then Sign in. */
  async function signInFromPortal(): Promise<{ page: Page; frame: FrameLocator }> {
    session.launcher.endpoint.handle = () => ({
      status: 401,
      body: JSON.stringify({ error: 'no session', loginUrl: login() }),
    });
    // The intranet page is on the stub's origin: the one page allowed to frame the launcher.
    const { page } = await session.open(
      session.launcher.config({ embed: { parentOrigins: [session.launcher.endpoint.origin] } }),
      '?room=r&name=Ann',
    );
    await page.goto(portal());
    const frame = page.frameLocator('iframe[title="Meetings"]');
    await frame.getByRole('button', { name: 'Join' }).click();
    await frame.getByRole('heading', { name: 'Sign in to join' }).waitFor();
    return { page, frame };
  }

  it('opens the sign-in page (which refuses frames) in a popup, and joins by itself once it closes', async () => {
    const { page, frame } = await signInFromPortal();
    const context = page.context();
    const popupOpened = context.waitForEvent('page');
    await frame.getByRole('button', { name: 'Sign in' }).click();
    const popup = await popupOpened;
    await popup.getByRole('heading', { name: 'Stand-in sign-in' }).waitFor();
    expect(popup.url()).toBe(login());
    await frame
      .getByText('Finish signing in in the window that opened: this page carries on by itself.')
      .waitFor();
    // The launcher's own frame stayed where it was.
    expect(page.frames().map((each) => each.url())).toContain(launcherUrl());
    expect(page.url()).toBe(portal());
    // Signed in: the endpoint now answers with a token, and the launcher asks again by itself.
    session.launcher.endpoint.handle = () => tokenAnswer();
    await popup.close();
    await frame.locator('iframe[name="jitsiConferenceFrame0"]').waitFor({ state: 'attached' });
    expect(session.launcher.endpoint.requests).toHaveLength(2);
  });

  it('with popups blocked, offers the sign-in page in a new tab and asks again on return', async () => {
    const { page, frame } = await signInFromPortal();
    // A browser that blocks the popup: window.open gives nothing back.
    await frame.locator('body').evaluate(() => {
      window.open = () => null;
    });
    await frame.getByRole('button', { name: 'Sign in' }).click();
    const link = frame.getByRole('link', { name: 'Open the sign-in page' });
    expect(await link.getAttribute('href')).toBe(login());
    const tabOpened = page.context().waitForEvent('page');
    await link.click();
    const tab = await tabOpened;
    await tab.getByRole('heading', { name: 'Stand-in sign-in' }).waitFor();
    session.launcher.endpoint.handle = () => tokenAnswer();
    await tab.close();
    // Back on the launcher: headless Chromium does not move focus by itself, so the test does.
    await frame.locator('body').evaluate(() => window.dispatchEvent(new Event('focus')));
    await frame.locator('iframe[name="jitsiConferenceFrame0"]').waitFor({ state: 'attached' });
    expect(session.launcher.endpoint.requests).toHaveLength(2);
  });
});

describe('every width', () => {
  it('the join screen never scrolls sideways, even with a long server name', async () => {
    const domains = [`${LONG_HOST}.test:1`, `${LONG_HOST}-two.test:1`];
    const { page } = await session.open(session.launcher.config({ domains }), '?room=r');
    await page.getByLabel('Meeting server').waitFor();
    expect(await overflowAtEveryWidth(page)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('join-name');
  });

  it('while joining, the Join button says so as legibly as before, with the focus on Cancel beside it', async () => {
    session.launcher.endpoint.handle = () => ({ ...tokenAnswer(), delayMs: 3000 });
    const { page } = await session.open(session.launcher.config(), '?room=r&name=Ann');
    const look = (name: string) =>
      page.getByRole('button', { name }).evaluate((button) => {
        const style = getComputedStyle(button);
        return `${style.opacity} ${style.backgroundColor} ${style.color}`;
      });
    const ready = await look('Join');
    await page.getByRole('button', { name: 'Join' }).click();
    const busy = page.getByRole('button', { name: 'Joining…' });
    await busy.waitFor();
    expect(await busy.getAttribute('aria-busy')).toBe('true');
    expect(await look('Joining…')).toBe(ready);
    // Join is disabled while joining: the focus moves on to Cancel rather than to the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Join' }).waitFor();
  });

  it('Join is full width on a phone', async () => {
    const { page } = await session.open(session.launcher.config(), '?room=r&name=Ann');
    await page.setViewportSize({ width: 390, height: 800 });
    const join = await page.getByRole('button', { name: 'Join' }).boundingBox();
    const form = await page.locator('form').boundingBox();
    expect(join?.width).toBe(form?.width);
  });

  it('in the meeting, the token drawer starts closed under 900 px and the meeting takes the width', async () => {
    const page = await joinWithDrawer(390);
    const toggle = page.getByRole('button', { name: 'Token' });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('heading', { name: 'Token' }).isVisible()).toBe(false);
    const frame = await page.locator('iframe[name="jitsiConferenceFrame0"]').boundingBox();
    expect(frame?.width).toBe(390);
    expect(await overflowAtEveryWidth(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 800 });
    await toggle.click();
    await page.getByRole('heading', { name: 'Token' }).waitFor();
    // Over the meeting, the drawer's heading has the focus and the meeting is out of the Tab
    // order; Escape closes the drawer and hands the focus back to its button.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('debug-panel-title');
    const host = page.locator('.meeting-screen__frame');
    expect(await host.evaluate((element) => element.hasAttribute('inert'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Leave');
    await page.getByRole('heading', { name: 'Token' }).focus();
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await host.evaluate((element) => element.hasAttribute('inert'))).toBe(false);
    await toggle.click();
    expect(await overflowAtEveryWidth(page)).toEqual([]);
    // Widened until the drawer lies beside the meeting, the meeting is usable again.
    await expect.poll(() => host.evaluate((element) => element.hasAttribute('inert'))).toBe(false);
  });

  it('without the token drawer, the meeting stays usable when a wide window narrows', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const { page } = await session.open(session.launcher.config(), '?room=r&name=Ann');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Join' }).click();
    await page.locator('iframe').waitFor({ state: 'attached' });
    await page.setViewportSize({ width: 390, height: 800 });
    await page.waitForFunction(() => matchMedia('(max-width: 899px)').matches);
    // Give a change of the screen's width its render before looking.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const host = page.locator('.meeting-screen__frame');
    expect(await host.evaluate((element) => element.hasAttribute('inert'))).toBe(false);
  });

  it('on a wide screen the drawer starts open beside the meeting', async () => {
    const page = await joinWithDrawer(1280);
    await page.getByRole('heading', { name: 'Token' }).waitFor();
    const frame = await page.locator('iframe[name="jitsiConferenceFrame0"]').boundingBox();
    const drawer = await page.locator('#meeting-drawer').boundingBox();
    expect((frame?.width ?? 0) + (drawer?.width ?? 0)).toBeCloseTo(1280, 0);
  });
});

describe('branding and after Leave', () => {
  it("shows the organisation's name, logo and colour, and titles the meeting ROOM · TITLE", async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const brand = {
      title: 'Acme Meetings',
      logoUrl: './logo.svg',
      accentColor: '#7b1fa2',
    };
    const { page, context } = await session.open(
      session.launcher.config({ brand }),
      '?room=Daily%20Standup&name=Ann',
    );
    await context.route('**/logo.svg', (route) =>
      route.fulfill({
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#7b1fa2"/></svg>',
      }),
    );
    await page.reload();
    await page.getByText('Acme Meetings').waitFor();
    expect(await page.title()).toBe('Acme Meetings');
    expect(await page.locator('.brand-bar img').getAttribute('src')).toBe(
      `${session.launcher.base}logo.svg`,
    );
    const join = page.getByRole('button', { name: 'Join' });
    expect(await join.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(
      'rgb(123, 31, 162)',
    );
    expect(await axeViolations(page)).toEqual([]);
    await join.click();
    await page.locator('iframe').waitFor({ state: 'attached' });
    expect(await page.title()).toBe('Daily Standup · Acme Meetings');
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('heading', { name: 'You left Daily Standup' }).waitFor();
    expect(await page.title()).toBe('You left Daily Standup · Acme Meetings');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rejoin');
    expect(await overflowAtEveryWidth(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses an accent colour that white text cannot be read on', async () => {
    const { page } = await session.open(
      session.launcher.config({ brand: { accentColor: '#ffd54f' } }),
    );
    await page.getByText('brand.accentColor', { exact: false }).first().waitFor();
    expect(await page.textContent('body')).toContain(
      'White text on brand.accentColor #ffd54f (1.41:1) is hard to read',
    );
  });

  it('an error with its details open, the support line and Copy details pass axe', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer({ room: 'some other room' });
    const { page } = await session.open(
      session.launcher.config({
        support: { text: 'IT help desk', url: 'mailto:help@example.com' },
      }),
      '?room=Daily%20Standup&name=Ann',
    );
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'The meeting would not let you in' }).waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'IT help desk' }).getAttribute('href')).toBe(
      'mailto:help@example.com',
    );
    await page.getByText('Details for your administrator').click();
    await page.getByRole('button', { name: 'Copy details' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
