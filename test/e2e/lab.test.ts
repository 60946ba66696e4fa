import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeToken } from '../../src/core/decode-token.ts';
import { judgeToken } from '../../src/core/judge-token.ts';
import { presetById } from '../../src/core/presets.ts';
import { verifySignature } from '../../src/core/verify-signature.ts';
import { startDevServer } from './lab-dev-server.ts';
import { launchBrowser } from './launcher-harness.ts';

const KID = 'dev-launcher/key-1';
const ASAP_FILE = '53cb1ddb808f0e1adaa099d78803f1dc1ff88fd2530096848d882643876c78c3.pem';

let server: { base: string; close: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function openLab(): Promise<void> {
  await page.goto(server.base);
  await page
    .locator('[data-stage="login"]', { hasText: /^Login: accepted$/ })
    .waitFor({ timeout: 20_000 });
}

async function tokenOnPage(): Promise<string> {
  return page.locator('#lab-token-text').inputValue();
}

beforeAll(async () => {
  server = await startDevServer();
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  await openLab();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the token lab in Chromium, on the dev server', () => {
  it('makes a dev key, keeps it across a reload, signs and passes', async () => {
    const pem = await page.locator('#lab-public-pem').inputValue();
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n?$/);
    expect(
      await page.getByRole('radio', { name: new RegExp(`^${KID} \\(generated`) }).isChecked(),
    ).toBe(true);
    await page.reload();
    await openLab();
    expect(await page.locator('#lab-public-pem').inputValue()).toBe(pem);
    expect(await page.getByRole('radio').count()).toBe(1);
    expect(await page.locator('[data-stage="join"]').textContent()).toBe('Room join: accepted');
    const decoded = decodeToken(await tokenOnPage());
    expect(decoded.ok && decoded.value.header).toEqual({ alg: 'RS256', kid: KID, typ: 'JWT' });
  });

  it("shows the server's exact reason for a broken claim as it is typed", async () => {
    await page.getByLabel('Issuer (iss)').fill('someone-else');
    await expect
      .poll(() => page.locator('[data-stage="login"]').textContent())
      .toBe("Login: refused (invalid 'iss' claim)");
    const failing = page.locator('.lab-side [data-check][data-status="fail"]');
    expect(await failing.count()).toBe(1);
    expect(await failing.locator('code').textContent()).toBe("invalid 'iss' claim");
    await page.getByLabel('Issuer (iss)').fill('my_jitsi_app_id');
    await expect
      .poll(() => page.locator('[data-stage="login"]').textContent())
      .toBe('Login: accepted');
  });

  it('serves the key at /asap/<hex(sha256(kid))>.pem, and the token verifies against it', async () => {
    const response = await fetch(new URL(`asap/${ASAP_FILE}`, server.base));
    expect(response.status).toBe(200);
    const served = await response.text();
    expect(served).toBe(await page.locator('#lab-public-pem').inputValue());

    const token = await tokenOnPage();
    const decoded = decodeToken(token);
    if (!decoded.ok) throw new Error(decoded.error.message);
    // As prosody does: fetch <asap_key_server>/<hex(sha256(kid))>.pem, then check the signature.
    const profile = { ...presetById('docker-asap').profile, asap_key_server: `${server.base}asap` };
    expect(await verifySignature(decoded.value, profile)).toEqual({ status: 'valid' });
    expect(await verifySignature(decoded.value, { public_key: served })).toEqual({
      status: 'valid',
    });
    const verdict = judgeToken(
      decoded.value,
      profile,
      { domain: 'localhost:8443', room: 'LabTest' },
      {
        now: Math.floor(Date.now() / 1000),
        signature: { status: 'valid' },
      },
    );
    expect(verdict.login).toEqual({ ok: true });
    expect(verdict.join).toEqual({ ok: true });

    const jwks = await (await fetch(new URL('asap/jwks.json', server.base))).json();
    expect(jwks.keys.map((key: { kid: string }) => key.kid)).toContain(KID);
  });

  it('keeps the private key non-extractable', async () => {
    const outcome = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('jitsi-jwt-launcher-lab');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const keys = await new Promise<{ kid: string; privateKey: CryptoKey }[]>(
        (resolve, reject) => {
          const request = db.transaction('keys').objectStore('keys').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        },
      );
      db.close();
      const results: string[] = [];
      for (const key of keys) {
        for (const format of ['pkcs8', 'jwk'] as const) {
          try {
            await crypto.subtle.exportKey(format, key.privateKey);
            results.push(`${key.kid} ${format}: exported`);
          } catch (error) {
            results.push(`${key.kid} ${format}: ${(error as DOMException).name}`);
          }
        }
        results.push(`${key.kid} extractable: ${String(key.privateKey.extractable)}`);
      }
      return results;
    });
    expect(outcome).toEqual([
      `${KID} pkcs8: InvalidAccessError`,
      `${KID} jwk: InvalidAccessError`,
      `${KID} extractable: false`,
    ]);
  });

  it('rotates to a new kid, which the dev server serves too', async () => {
    // An empty kid field gives the next free kid: rotation.
    expect(await page.getByLabel('New key id (kid)').getAttribute('placeholder')).toBe(
      'dev-launcher/key-2',
    );
    await page.getByRole('button', { name: 'Generate a new key' }).click();
    await expect
      .poll(() => page.getByRole('radio', { name: /^dev-launcher\/key-2 / }).isChecked())
      .toBe(true);
    await expect.poll(async () => decodeHeaderKid(await tokenOnPage())).toBe('dev-launcher/key-2');
    await expect
      .poll(() => page.locator('[data-publish]').textContent())
      .toMatch(/^Served by this dev server at /);
    const kid2 = await (await fetch(new URL('__lab/keys', server.base))).json();
    expect(kid2.keys.map((key: { kid: string }) => key.kid).sort()).toEqual([
      KID,
      'dev-launcher/key-2',
    ]);
    await page.getByRole('radio', { name: new RegExp(`^${KID} `) }).check();
    await expect.poll(async () => decodeHeaderKid(await tokenOnPage())).toBe(KID);
  });

  it('inspects a pasted token against the dev key server, from the browser', async () => {
    const token = await tokenOnPage();
    await page.getByRole('tab', { name: 'Inspect a token' }).click();
    await page.getByLabel('Token to inspect').fill(token);
    await page.getByLabel('Meeting URL', { exact: true }).fill('https://localhost:8443/LabTest');
    expect(await page.getByLabel('Server profile (shared with the Sign tab)').inputValue()).toBe(
      'docker-asap',
    );
    await page.getByLabel('Check the signature with').selectOption('key-server');
    await page
      .getByLabel('Key server URL (asap_key_server)', { exact: true })
      .fill(`${server.base}asap`);
    const panel = page.locator('#lab-panel-inspect');
    await panel.getByText('Signature: valid.').waitFor();
    expect(await panel.locator('[data-stage="login"]').textContent()).toBe('Login: accepted');
    await page
      .getByLabel('Key server URL (asap_key_server)', { exact: true })
      .fill(`${server.base}asap/missing`);
    await panel
      .locator('[data-stage="login"]', { hasText: 'could not obtain public key' })
      .waitFor();
    await page.getByRole('tab', { name: 'Sign and join' }).click();
  });

  it('at 1280x800 shows the verdict, token and Join in the first screen, within 10 Tab presses', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => globalThis.scrollTo(0, 0));
    const boxes = await page.evaluate(() =>
      ['[data-stage="login"]', '#lab-token-text', '#lab-join-title', '#lab-room'].map(
        (selector) => {
          const box = document.querySelector(selector)?.getBoundingClientRect();
          return box === undefined
            ? undefined
            : { top: box.top, bottom: box.bottom, right: box.right };
        },
      ),
    );
    const [verdict, token, join, room] = boxes;
    for (const box of [verdict, token, join, room]) {
      expect(box?.top).toBeGreaterThanOrEqual(0);
      expect(box?.bottom).toBeLessThanOrEqual(800);
      expect(box?.right).toBeLessThanOrEqual(1280);
    }
    const joinButton = page.getByRole('button', { name: 'Join with a fresh token' });
    const joinBox = await joinButton.boundingBox();
    expect((joinBox?.y ?? 900) + (joinBox?.height ?? 0)).toBeLessThanOrEqual(800);
    // From the top of the page, Tab by Tab to Join.
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });
    // A click at the page's top-left corner starts the Tab order at the top of the document.
    await page.mouse.click(2, 2);
    let presses = 0;
    while (presses < 10) {
      await page.keyboard.press('Tab');
      presses += 1;
      const onJoin = await page.evaluate(
        () => document.activeElement?.textContent === 'Join with a fresh token',
      );
      if (onJoin) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Join with a fresh token',
    );
    expect(presses).toBeLessThanOrEqual(10);
  });

  it('keeps the verdict in view beside the claims from 960 px', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const iss = page.getByLabel('Issuer (iss)');
    await iss.fill('someone-else');
    await iss.scrollIntoViewIfNeeded();
    const verdict = page.locator('[data-stage="login"]', {
      hasText: "Login: refused (invalid 'iss' claim)",
    });
    await verdict.waitFor();
    const issBox = await iss.boundingBox();
    const verdictBox = await verdict.boundingBox();
    if (issBox === null || verdictBox === null) throw new Error('not laid out');
    // Sticky: after scrolling down to the claims, the verdict is still on screen, to their right.
    expect(await page.evaluate(() => globalThis.scrollY)).toBeGreaterThan(300);
    expect(verdictBox.y).toBeGreaterThanOrEqual(0);
    expect(verdictBox.y + verdictBox.height).toBeLessThanOrEqual(800);
    expect(verdictBox.x).toBeGreaterThan(issBox.x + issBox.width);
    // Keyboard: the meeting card leads into the answer (verdict, join, token).
    await page.getByLabel('Meeting server').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.lab-side') !== null)).toBe(
      true,
    );
    await iss.fill('my_jitsi_app_id');
    await page.locator('[data-stage="login"]', { hasText: /^Login: accepted$/ }).waitFor();
  });

  it('fits a 390 px phone with no sideways scroll, the JSON full width and unbroken', async () => {
    const token = await tokenOnPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - globalThis.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('tab', { name: 'Inspect a token' }).click();
    await page.getByLabel('Token to inspect').fill(token);
    const panel = page.locator('#lab-panel-inspect');
    await panel.locator('.debug-panel__json').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    const json = await page.evaluate(() => {
      const pre = document.querySelector('#lab-panel-inspect .debug-panel__json');
      const card = document.querySelector('#lab-panel-inspect .lab-card');
      const text = pre?.firstChild;
      const at = text?.textContent?.indexOf('RS256') ?? -1;
      const range = document.createRange();
      if (text !== undefined && text !== null && at >= 0) {
        range.setStart(text, at);
        range.setEnd(text, at + 'RS256'.length);
      }
      return {
        width: pre?.getBoundingClientRect().width ?? 0,
        cardWidth: card?.getBoundingClientRect().width ?? 0,
        // One box: "RS256" is not broken over two lines.
        rs256Lines: range.getClientRects().length,
      };
    });
    expect(json.width).toBeGreaterThan(json.cardWidth * 0.8);
    expect(json.rs256Lines).toBe(1);
    // The verdict summary right after the token, before the settings.
    const verdictTop = await panel.locator('[data-stage="login"]').boundingBox();
    const settingsTop = await panel.getByLabel('Meeting URL', { exact: true }).boundingBox();
    expect(verdictTop?.y ?? 0).toBeLessThan(settingsTop?.y ?? 0);
    await page.getByLabel('Token to inspect').fill('');
    await page.getByRole('tab', { name: 'Sign and join' }).click();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('inspects with the token on the left and the verdict on the right from 960 px, in view after pasting', async () => {
    const token = await tokenOnPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('tab', { name: 'Inspect a token' }).click();
    await page.evaluate(() => globalThis.scrollTo(0, 0));
    await page.getByLabel('Token to inspect').fill(token);
    const panel = page.locator('#lab-panel-inspect');
    const verdict = panel.locator('[data-stage="login"]');
    await verdict.waitFor();
    const tokenBox = await page.getByLabel('Token to inspect').boundingBox();
    const verdictBox = await verdict.boundingBox();
    if (tokenBox === null || verdictBox === null) throw new Error('not laid out');
    expect(verdictBox.x).toBeGreaterThan(tokenBox.x + tokenBox.width);
    expect(verdictBox.y + verdictBox.height).toBeLessThanOrEqual(800);
    await page.getByLabel('Token to inspect').fill('');
    await page.getByRole('tab', { name: 'Sign and join' }).click();
  });

  it('passes an axe scan on each screen', async () => {
    const token = await tokenOnPage();
    for (const tab of ['Sign and join', 'Inspect a token', 'Server setup']) {
      await page.getByRole('tab', { name: tab }).click();
      if (tab === 'Sign and join') {
        // Scan with a failing check shown, so the marked field and its reason are covered too.
        await page.getByLabel('Issuer (iss)').fill('someone-else');
        await page.locator('#lab-claim-iss-problem').waitFor();
      }
      if (tab === 'Inspect a token') {
        await page.getByLabel('Token to inspect').fill(token);
        await page
          .getByLabel('Meeting URL', { exact: true })
          .fill('https://localhost:8443/LabTest');
        await page.locator('#lab-panel-inspect').getByText('Copy without signature').waitFor();
      }
      const results = await new AxeBuilder({ page }).analyze();
      if (tab === 'Sign and join') await page.getByLabel('Issuer (iss)').fill('my_jitsi_app_id');
      expect(
        results.violations.map(
          (v) => `${tab}: ${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`,
        ),
      ).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Sign and join' }).click();
  }, 90_000);
});

function decodeHeaderKid(token: string): unknown {
  const decoded = decodeToken(token);
  return decoded.ok ? decoded.value.header.kid : undefined;
}
