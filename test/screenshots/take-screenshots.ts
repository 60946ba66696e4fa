// `npm run screenshots`: the pictures in docs/images/, taken from the built app and the dev server
// in Debian's Chromium, with the browser tests' fixtures. To add a picture, write a Shot below
// and put it in SHOTS.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../e2e/fixtures/build-app.ts';
import { startDevServer } from '../e2e/lab-dev-server.ts';
import { type Launcher, startLauncher, tokenAnswer } from '../e2e/launcher-harness.ts';

const OUT = join(ROOT, 'docs/images');

// The pictures name a real-looking Jitsi domain; the browser finds the stand-in Jitsi server
// there, so nothing leaves this machine and no test port shows.
const MEETING_DOMAIN = 'meet.example.com';

/** What a shot can use: the built app with the stub endpoint, and the dev server for the lab. */
interface Studio {
  launcher: Launcher;
  /** The dev server's base URL (started on first use). */
  devServer(): Promise<string>;
}

/** One picture: its file name in docs/images/, its viewport, and how to bring the page there. */
interface Shot {
  file: string;
  viewport: { width: number; height: number };
  /** The whole page rather than the viewport. */
  fullPage?: boolean;
  show(studio: Studio): Promise<Page>;
}

/** The launcher for MEETING_DOMAIN with the site's own token endpoint, `more` in its config. */
async function openLauncher(
  launcher: Launcher,
  query: string,
  more: Record<string, unknown> = {},
): Promise<Page> {
  const config = launcher.config({
    domains: [MEETING_DOMAIN],
    endpoint: { url: 'api/jitsi-token' },
    ...more,
  });
  return (await launcher.open(config, query)).page;
}

/** The join screen as a link from the team's calendar opens it, with the name typed in. */
async function joinScreen(studio: Studio): Promise<Page> {
  const page = await openLauncher(studio.launcher, '?room=Daily%20Standup');
  await page.getByLabel('Your name').fill('Ann Example');
  await page.getByRole('heading', { name: 'Join a meeting' }).waitFor();
  return page;
}

/** A token for another room, on a phone: the plain words, with the administrator's details open. */
async function joinErrorDetails(studio: Studio): Promise<Page> {
  const { launcher } = studio;
  launcher.endpoint.handle = () => tokenAnswer({ room: 'some%20other%20room' });
  const page = await openLauncher(launcher, '?room=Daily%20Standup&name=Ann%20Example', {
    support: { text: 'IT help desk, ext. 1234', url: 'mailto:help@example.com' },
  });
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByText('Details for your administrator').click();
  await page.getByRole('button', { name: 'Copy details' }).waitFor();
  return page;
}

/** The meeting (the stand-in Jitsi page) with the token drawer open beside it. */
async function meetingDrawer(studio: Studio): Promise<Page> {
  const { launcher } = studio;
  launcher.endpoint.handle = () => tokenAnswer({ room: '*' });
  const page = await openLauncher(launcher, '?room=Daily%20Standup&name=Ann%20Example', {
    debugPanel: true,
    brand: { title: 'Acme Meetings' },
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('heading', { name: 'Token' }).waitFor();
  await page.frameLocator('iframe').getByText('Stand-in Jitsi meeting').waitFor();
  return page;
}

/** The token lab on the dev server, once its dev key is made and the token passes. */
async function lab(studio: Studio): Promise<Page> {
  const context = await studio.launcher.browser.newContext();
  const page = await context.newPage();
  await page.goto(await studio.devServer());
  await page
    .locator('[data-stage="login"]', { hasText: /^Login: accepted$/ })
    .waitFor({ timeout: 20_000 });
  return page;
}

const SHOTS: readonly Shot[] = [
  { file: 'join-screen-1280.png', viewport: { width: 1280, height: 720 }, show: joinScreen },
  { file: 'join-screen-390.png', viewport: { width: 390, height: 844 }, show: joinScreen },
  {
    file: 'join-error-details-390.png',
    viewport: { width: 390, height: 844 },
    fullPage: true,
    show: joinErrorDetails,
  },
  { file: 'meeting-drawer-1280.png', viewport: { width: 1280, height: 720 }, show: meetingDrawer },
  { file: 'lab-1280x800.png', viewport: { width: 1280, height: 800 }, show: lab },
];

async function takeScreenshots(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const launcher = await startLauncher({ namedDomain: MEETING_DOMAIN });
  let dev: Promise<{ base: string; close: () => Promise<void> }> | undefined;
  const studio: Studio = {
    launcher,
    devServer: async () => {
      dev ??= startDevServer();
      return (await dev).base;
    },
  };
  try {
    for (const shot of SHOTS) {
      const page = await shot.show(studio);
      await page.setViewportSize(shot.viewport);
      // Fonts and layout settle after a resize; the focus ring would show a transient state.
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(() => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      });
      const path = join(OUT, shot.file);
      await page.screenshot({ path, fullPage: shot.fullPage ?? false, animations: 'disabled' });
      await page.context().close();
      process.stdout.write(`wrote docs/images/${shot.file}\n`);
    }
  } finally {
    await launcher.close();
    if (dev !== undefined) await (await dev).close();
  }
}

takeScreenshots().catch((error: unknown) => {
  process.stderr.write(
    `screenshots failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
