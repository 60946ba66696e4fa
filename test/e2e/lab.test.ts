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
    await page.getByRole('button', { name: 'Rotate (new kid dev-launcher/key-2)' }).click();
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
    expect(await page.getByLabel('Start from the server profile').inputValue()).toBe('docker-asap');
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

  it('keeps the verdict beside the claims from 960 px, and above the inputs on a narrow screen', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
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
    expect(await page.evaluate(() => globalThis.scrollY)).toBeGreaterThan(500);
    expect(verdictBox.y).toBeGreaterThanOrEqual(0);
    expect(verdictBox.y + verdictBox.height).toBeLessThanOrEqual(900);
    expect(verdictBox.x).toBeGreaterThan(issBox.x + issBox.width);
    // Keyboard: the last input of the left column leads into the verdict panel.
    await page.getByLabel('Meeting server').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.lab-side') !== null)).toBe(
      true,
    );
    const layout = () =>
      page.evaluate(() => {
        const card = document.querySelector('.lab-public-key');
        const cardRight = card?.getBoundingClientRect().right ?? 0;
        const codes = [...(card?.querySelectorAll('code, .lab-note') ?? [])];
        const side = document.querySelector('.lab-side');
        const main = document.querySelector('.lab-main');
        return {
          overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          widest: Math.max(...codes.map((el) => el.getBoundingClientRect().right - cardRight)),
          sideFirst:
            side !== null &&
            main !== null &&
            (side.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        };
      });
    const wide = await layout();
    expect(wide.overflowX).toBe(0);
    expect(wide.widest).toBeLessThanOrEqual(0);
    expect(wide.sideFirst).toBe(false);

    await page.setViewportSize({ width: 600, height: 900 });
    await page.evaluate(() => globalThis.scrollTo(0, 0));
    const narrowVerdict = await verdict.boundingBox();
    const profile = await page.locator('#lab-preset').boundingBox();
    if (narrowVerdict === null || profile === null) throw new Error('not laid out');
    expect(narrowVerdict.y).toBeLessThan(profile.y);
    const narrow = await layout();
    expect(narrow.overflowX).toBe(0);
    expect(narrow.widest).toBeLessThanOrEqual(0);
    expect(narrow.sideFirst).toBe(true);

    await page.setViewportSize({ width: 1280, height: 720 });
    await iss.fill('my_jitsi_app_id');
    await page.locator('[data-stage="login"]', { hasText: /^Login: accepted$/ }).waitFor();
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
