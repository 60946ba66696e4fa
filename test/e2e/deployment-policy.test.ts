import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, ROOT } from './fixtures/build-app.ts';
import { startParentPage } from './fixtures/parent-page.ts';
import { tokenAnswer } from './launcher-harness.ts';
import { useLauncherSession } from './launcher-session.ts';

// Every test here runs under the headers `npm run headers` prints for its config, and the
// session fails it on any CSP or Trusted Types violation (see launcher-session.ts).
const session = useLauncherSession();

describe('the built files', () => {
  it('hold no inline script, style element or style attribute for the CSP to block', async () => {
    const dist = await buildApp();
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=|javascript:/i);
  });
});

describe('the sources', () => {
  it('use no HTML sink or string-to-code call that Trusted Types would block', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    const sinks =
      /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|new Function\(|\beval\(|\.srcdoc\b/;
    const found = files(join(ROOT, 'src'))
      .filter((file) => /\.tsx?$/.test(file) && !file.includes('/cli/') && !file.includes('/dev/'))
      .filter((file) => sinks.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});

describe('zero violations under the strict headers', () => {
  it('the config-error screens: missing, not JSON, bad fields; Try again', async () => {
    const missing = await session.open(404);
    await missing.page.getByText('the runtime config is missing').waitFor();
    await missing.page.getByRole('button', { name: 'Try again' }).click();
    await missing.page.getByText('the runtime config is missing').waitFor();
  });

  it('the config-error screen for bad fields', async () => {
    const { page } = await session.open({ mode: 'endpoint', domains: ['x:99999'] });
    await page.getByText('"x:99999" has a port outside 1-65535.').waitFor();
  });

  it('a token endpoint redirecting to a login page reads "sign in", with no request elsewhere', async () => {
    session.launcher.endpoint.handle = () => ({
      status: 302,
      headers: { Location: 'https://login.test/sso' },
    });
    const { page } = await session.open(session.launcher.config(), '?room=r&name=Ann');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.locator('[data-error-kind="endpoint-unauthorized"]').waitFor();
    expect(await page.locator('[data-error-kind]').textContent()).toContain(
      'The token endpoint redirected the request to another page, as a site does when you are not signed in.',
    );
    expect(session.launcher.endpoint.requests).toHaveLength(1);
  });

  it('the lab in the built app: sign, inspect and join', async () => {
    const meet = session.launcher.domain('meet');
    const { page } = await session.open(
      { mode: 'local', domains: [meet], debugPanel: true },
      '?room=LabRoom',
    );
    await page.getByLabel(/^App secret \(HS256/).fill('a-secret-long-enough-for-hs256-0123456789');
    await page
      .locator('[data-stage="login"]', { hasText: /^Login: accepted$/ })
      .waitFor({ timeout: 10_000 });
    const token = await page.locator('#lab-token-text').inputValue();
    await page.getByRole('tab', { name: 'Inspect a token' }).click();
    await page.getByLabel('Token to inspect').fill(token);
    await page.locator('#lab-inspect-url').fill(`https://${meet}/LabRoom`);
    const inspector = page.locator('section[aria-labelledby="lab-inspect-title"]');
    await inspector.locator('[data-stage="join"]', { hasText: 'Room join: accepted' }).waitFor();
    await inspector.locator('.debug-panel pre').first().waitFor();
    await page.getByRole('tab', { name: 'Sign and join' }).click();
    await page.getByRole('button', { name: 'Join with a fresh token' }).click();
    await page.locator('iframe[name="jitsiConferenceFrame0"]').waitFor({ state: 'attached' });
  });

  it('a join with the debug panel on, then Leave', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const { page } = await session.open(
      session.launcher.config({ debugPanel: true }),
      '?room=r&name=Ann',
    );
    await page.getByRole('button', { name: 'Join' }).click();
    await page.locator('iframe[name="jitsiConferenceFrame0"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Leave' }).click();
  });
});

describe('embedded in another page', () => {
  let parent: Awaited<ReturnType<typeof startParentPage>>;
  beforeAll(async () => {
    parent = await startParentPage('intranet');
  });
  afterAll(async () => {
    await parent.close();
  });

  it('with no parent pages configured, the headers keep it out of every frame', async () => {
    const opened = await session.open(session.launcher.config(), '?room=r&name=Ann');
    await opened.page.goto(parent.url(`${session.launcher.base}?room=attacker-room&name=Victim`));
    const frame = opened.page.frameLocator('iframe');
    await expect
      .poll(() => opened.violations.some((v) => v.includes('frame-ancestors')))
      .toBe(true);
    expect(await frame.getByRole('button', { name: 'Join' }).count()).toBe(0);
    expect(session.launcher.endpoint.requests).toHaveLength(0);
    // The refusal of the frame is the one violation this test expects.
    opened.violations.length = 0;
  });

  it('served without the headers, it still refuses to show the join screen in the frame', async () => {
    const opened = await session.open(session.launcher.config(), '', { headers: false });
    await opened.page.goto(
      parent.url(`${session.launcher.base}?room=attacker-room&name=Victim&autojoin=1`),
    );
    const frame = opened.page.frameLocator('iframe');
    await frame
      .getByRole('heading', { name: 'This meeting service cannot be used inside this page' })
      .waitFor();
    expect(await frame.getByRole('alert').textContent()).toBe(
      `It is shown inside ${parent.origin}, and it is not set up to be part of other pages. A page that hides the meeting service could make one click join a meeting in your name.`,
    );
    expect(await frame.getByRole('button', { name: 'Join' }).count()).toBe(0);
    expect(session.launcher.endpoint.requests).toHaveLength(0);
    expect(
      await frame
        .getByRole('link', { name: 'Open the meeting service in its own tab' })
        .getAttribute('href'),
    ).toBe(`${session.launcher.base}?room=attacker-room&name=Victim`);
  });

  it('in a page listed in embed.parentOrigins: the join screen, a join, zero violations', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const opened = await session.open(
      session.launcher.config({ embed: { parentOrigins: [parent.origin] } }),
    );
    await opened.page.goto(parent.url(`${session.launcher.base}?room=r&name=Ann`));
    const frame = opened.page.frameLocator('iframe[title="Team meeting"]');
    await frame.getByRole('button', { name: 'Join' }).click();
    await frame.locator('iframe[name="jitsiConferenceFrame0"]').waitFor({ state: 'attached' });
    expect(session.launcher.endpoint.requests).toHaveLength(1);
  });

  it('in a page not on the list: refused by frame-ancestors, and by the launcher without it', async () => {
    const config = session.launcher.config({ embed: { parentOrigins: ['https://other.example'] } });
    const blocked = await session.open(config);
    await blocked.page.goto(parent.url(`${session.launcher.base}?room=r&name=Ann`));
    await expect
      .poll(() => blocked.violations.some((v) => v.includes('frame-ancestors')))
      .toBe(true);
    blocked.violations.length = 0;
    const unguarded = await session.open(config, '', { headers: false });
    await unguarded.page.goto(parent.url(`${session.launcher.base}?room=r&name=Ann`));
    const frame = unguarded.page.frameLocator('iframe');
    expect(await frame.getByRole('alert').textContent()).toBe(
      `It is shown inside ${parent.origin}, which is not one of the pages allowed to show it. A page that hides the meeting service could make one click join a meeting in your name.`,
    );
    await blocked.context.close();
  });
});
