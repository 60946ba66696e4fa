import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeToken } from './fixtures/fake-token.ts';
import { type Launcher, nowSeconds, type OpenPage, startLauncher } from './launcher-harness.ts';

let launcher: Launcher;
let opened: OpenPage;
const tokens: string[] = [];
/** Every request the browser made, with where it went and what it carried. */
const requests: Array<{ url: string; body: string; headers: string }> = [];

async function everythingStored(): Promise<string> {
  return opened.page.evaluate(async () => {
    const dump: unknown[] = [{ ...localStorage }, { ...sessionStorage }, document.cookie];
    for (const info of await indexedDB.databases()) {
      if (info.name === undefined) continue;
      const name = info.name;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        const all = db.transaction(store).objectStore(store).getAll();
        dump.push(
          name,
          store,
          await new Promise((resolve) => {
            all.onsuccess = () => resolve(all.result);
          }),
        );
      }
      db.close();
    }
    return JSON.stringify(dump);
  });
}

beforeAll(async () => {
  launcher = await startLauncher();
  let count = 0;
  launcher.endpoint.handle = () => {
    count += 1;
    // The third answer is for another room: refused, and explained without the token.
    const token = fakeToken(
      { room: count === 3 ? 'elsewhere' : 'daily%20standup', jti: `t${count}` },
      nowSeconds(),
    );
    tokens.push(token);
    return { body: JSON.stringify({ token }) };
  };
  opened = await launcher.open(launcher.config({ debugPanel: true }), 'Daily%20Standup?name=Ann');
  opened.context.on('request', (request) => {
    requests.push({
      url: request.url(),
      body: request.postData() ?? '',
      headers: JSON.stringify(request.headers()),
    });
  });
  const { page } = opened;
  await page.getByRole('button', { name: 'Join' }).click();
  await page.locator('iframe').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Copy without signature' }).click();
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.getByRole('button', { name: 'Rejoin' }).click();
  await page.locator('iframe').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.getByRole('button', { name: 'Rejoin' }).click();
  await page.getByText('The meeting would not let you in').waitFor();
  // The refusal's details for the administrator are opened: they are checked like the rest.
  await page.getByText('Details for your administrator').click();
});

afterAll(async () => {
  await launcher?.close();
});

/** The token and its signature alone (the part that makes it usable). */
function secrets(): string[] {
  return tokens.flatMap((token) => [token, token.split('.')[2] ?? token]);
}

describe('the token stays secret', () => {
  it('three tokens were issued: two meetings and one refused', () => {
    expect(tokens).toHaveLength(3);
    expect(launcher.endpoint.requests).toHaveLength(3);
  });

  it("is never in the launcher's own URL or history", async () => {
    const urls = [...opened.navigations, opened.page.url()];
    expect(urls.length).toBeGreaterThan(0);
    for (const secret of secrets()) for (const url of urls) expect(url).not.toContain(secret);
    // The launcher never pushes history entries (the meeting iframe's own navigation is the embed's).
    expect(opened.navigations).toEqual([`${launcher.base}Daily%20Standup?name=Ann`]);
    expect(await opened.page.evaluate(() => history.state)).toBeNull();
  });

  it('is never in localStorage, sessionStorage, cookies or IndexedDB', async () => {
    const stored = await everythingStored();
    for (const secret of secrets()) expect(stored).not.toContain(secret);
  });

  it('is never in the console', () => {
    const printed = opened.console.join('\n');
    for (const secret of secrets()) expect(printed).not.toContain(secret);
  });

  it("is never in the page's text (visible or not), the refusal included", async () => {
    const text = (await opened.page.locator('body').textContent()) ?? '';
    expect(text).toContain('Set room to "daily%20standup"');
    for (const secret of secrets()) expect(text).not.toContain(secret);
  });

  it('goes only to the allowed meeting domain', () => {
    const carrying = requests.filter((request) =>
      secrets().some(
        (secret) =>
          request.url.includes(secret) ||
          request.body.includes(secret) ||
          request.headers.includes(secret),
      ),
    );
    expect(carrying.length).toBeGreaterThan(0);
    for (const request of carrying) expect(new URL(request.url).host).toBe(launcher.domain('meet'));
  });

  it("in endpoint mode, never fetches the token lab's code (signing, keys, editors)", async () => {
    // Resource timing covers the whole page life, from before any listener could be attached.
    const scripts: string[] = await opened.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('.js')),
    );
    expect(scripts.some((url) => url.endsWith('/external_api.js'))).toBe(true);
    expect(scripts.filter((url) => /lab/.test(new URL(url).pathname))).toEqual([]);
  });
});
