import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeToken } from '../../src/core/decode-token.ts';
import { presetById } from '../../src/core/presets.ts';
import { verifySignature } from '../../src/core/verify-signature.ts';
import { externalApiScript } from './fixtures/external-api-script.ts';
import { startDevServer } from './lab-dev-server.ts';
import { launchBrowser } from './launcher-harness.ts';

// public/config.json (local mode, the default of `npm run dev`) allows localhost:8443, the web
// port of a local docker-jitsi-meet; the test answers for it in the browser.
const JITSI = 'https://localhost:8443';

let server: { base: string; close: () => Promise<void> };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startDevServer();
  browser = await launchBrowser();
  const context = await browser.newContext();
  await context.route(`${JITSI}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/external_api.js')) {
      return route.fulfill({
        contentType: 'application/javascript',
        body: externalApiScript(url.host),
      });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Meeting</title>',
    });
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function iframeToken(): Promise<string> {
  const src = await page.locator('iframe[name="jitsiConferenceFrame0"]').getAttribute('src');
  const token = new URL(src ?? 'https://x/').searchParams.get('jwt');
  if (token === null) throw new Error(`no token in the iframe URL ${src}`);
  return token;
}

describe('joining from the lab', () => {
  it('joins in one click with a token the dev key server vouches for, and never leaks it', async () => {
    await page.goto(`${server.base}?room=Daily%20Standup`);
    await page
      .locator('[data-stage="join"]', { hasText: /^Room join: accepted$/ })
      .waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Room (as typed in the meeting URL)').inputValue()).toBe(
      'Daily Standup',
    );
    await page.getByLabel('User name (context.user.name)').fill('Ann <b>Lab</b>');
    await page.getByRole('button', { name: 'Join with a fresh token' }).click();
    await page.locator('iframe[name="jitsiConferenceFrame0"]').waitFor({ timeout: 20_000 });

    const token = await iframeToken();
    const decoded = decodeToken(token);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value.header).toEqual({ alg: 'RS256', kid: 'dev-launcher/key-1', typ: 'JWT' });
    expect(decoded.value.payload).toMatchObject({
      iss: 'my_jitsi_app_id',
      sub: 'meet.jitsi',
      room: 'daily%20standup',
      context: { user: { name: 'Ann <b>Lab</b>' } },
    });
    const profile = { ...presetById('docker-asap').profile, asap_key_server: `${server.base}asap` };
    expect(await verifySignature(decoded.value, profile)).toEqual({ status: 'valid' });

    const constructed = await page.evaluate(
      () =>
        (window as unknown as { __jitsiFixture: { constructed: unknown[] } }).__jitsiFixture
          .constructed,
    );
    expect(constructed).toMatchObject([{ domain: 'localhost:8443', servedBy: 'localhost:8443' }]);

    const places = await page.evaluate(async () => {
      const storage = (s: Storage) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`);
      const links = [...document.querySelectorAll('a')].map((a) => a.href);
      // What IndexedDB holds, as text: kids, dates, settings (CryptoKeys show as {}).
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('jitsi-jwt-launcher-lab');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const dump = async (name: string) =>
        new Promise<string>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(JSON.stringify(request.result));
          request.onerror = () => reject(request.error);
        });
      const stored = [await dump('keys'), await dump('settings')];
      db.close();
      return [
        location.href,
        ...storage(localStorage),
        ...storage(sessionStorage),
        ...links,
        ...stored,
      ].join('\n');
    });
    expect(places).toContain('dev-launcher/key-1');
    expect(places).not.toContain(token);
    expect(places).not.toContain(token.split('.')[2]);
  });

  it('comes back to the lab after the meeting, with the same key', async () => {
    await page.evaluate(() =>
      (window as unknown as { __jitsiFixture: { emit: (e: string) => void } }).__jitsiFixture.emit(
        'readyToClose',
      ),
    );
    await page.locator('[data-stage="login"]', { hasText: /^Login: accepted$/ }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(1);
    expect(await page.getByLabel('Room (as typed in the meeting URL)').inputValue()).toBe(
      'Daily Standup',
    );
    const shareLink = await page.locator('a', { hasText: /\?room=/ }).getAttribute('href');
    expect(shareLink).toBe(`${server.base}?room=Daily+Standup`);
  });
});
