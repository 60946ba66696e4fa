import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './fixtures/build-app.ts';
import { serveStatic } from './fixtures/static-server.ts';
import { launchBrowser } from './launcher-harness.ts';

const CONFIG = { mode: 'endpoint', domains: ['meet.test'], endpoint: { url: '/api/token' } };

let browser: Browser;
const servers: { close: () => Promise<void> }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
});

async function serve(base?: string) {
  const dist = await buildApp(base === undefined ? {} : { base });
  const server = await serveStatic(dist, '/launcher/');
  servers.push(server);
  return server.base;
}

async function open(url: string) {
  const context = await browser.newContext();
  await context.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(CONFIG) }),
  );
  const page = await context.newPage();
  await page.goto(url);
  return { page, close: () => context.close() };
}

describe('links deeper than the launcher', () => {
  it('a relative build (deployable under any path) says what to do, never a blank page', async () => {
    const base = await serve();
    const { page, close } = await open(`${base}team/standup`);
    await page.waitForLoadState('networkidle');
    // No stylesheet either: the words show at once, in each of the four languages.
    const stuck = page.locator('.app-loading__stuck p');
    expect(await stuck.evaluateAll((ps) => ps.map((p) => p.getAttribute('lang')))).toEqual([
      'en',
      'de',
      'fr',
      'es',
    ]);
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, without hidden parts
    expect(await stuck.first().innerText()).toBe(
      "If this stays, this page could not load its files at this address. Open the page's own address, with nothing added at the end, and enter the room name there.",
    );
    await close();
  });

  it('a launcher whose script cannot run says why after a few seconds, and not before', async () => {
    const base = await serve();
    const context = await browser.newContext();
    await context.route('**/assets/*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${base}daily-standup`);
    const stuck = page.locator('.app-loading__stuck');
    expect(await stuck.isVisible()).toBe(false);
    // The stylesheet holds the words back for 4 s, then lets them show.
    expect(
      await stuck.evaluate((element) =>
        element.getAnimations().map((animation) => {
          const timing = animation.effect?.getTiming();
          animation.finish();
          return `${timing?.duration} ms`;
        }),
      ),
    ).toEqual(['4000 ms']);
    expect(await stuck.isVisible()).toBe(true);
    await context.close();
  });

  it('a build for its path (--base /launcher/) opens at any depth and names the room problem', async () => {
    const base = await serve('/launcher/');
    for (const path of ['team/standup', 'a/b/c']) {
      const { page, close } = await open(`${base}${path}`);
      const room = page.getByLabel('Room');
      await expect.poll(() => room.inputValue()).toBe(path);
      await page.getByLabel('Your name').fill('Ann');
      await page.getByRole('button', { name: 'Join' }).click();
      await expect
        // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, without hidden parts
        .poll(() => page.getByRole('alert').first().innerText())
        .toContain('A room name cannot contain /, ?, # or \\.');
      await close();
    }
    const { page, close } = await open(`${base}daily-standup`);
    await expect.poll(() => page.getByLabel('Room').inputValue()).toBe('daily-standup');
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, without hidden parts
    expect(await page.locator('body').innerText()).not.toContain('If this stays');
    await close();
  });
});
