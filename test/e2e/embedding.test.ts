import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startParentPage } from './fixtures/parent-page.ts';
import { type OpenPage, tokenAnswer } from './launcher-harness.ts';
import { useLauncherSession } from './launcher-session.ts';

const session = useLauncherSession();
let intranet: Awaited<ReturnType<typeof startParentPage>>;
let elsewhere: Awaited<ReturnType<typeof startParentPage>>;

beforeAll(async () => {
  [intranet, elsewhere] = await Promise.all([
    startParentPage('intranet'),
    startParentPage('elsewhere'),
  ]);
});
afterAll(async () => {
  await Promise.all([intranet.close(), elsewhere.close()]);
});

/** What the parent page received from the launcher's frame, in order. */
function received(opened: OpenPage): Promise<Array<{ origin: string; data: unknown }>> {
  return opened.page.evaluate(() => Reflect.get(window, 'launcherMessages'));
}

async function events(opened: OpenPage): Promise<string[]> {
  return (await received(opened)).map(({ data }) =>
    typeof data === 'object' && data !== null && 'event' in data ? String(data.event) : '?',
  );
}

/** The parent page posts a command into the launcher's frame. */
function command(opened: OpenPage, data: Record<string, unknown>): Promise<void> {
  return opened.page.evaluate((message) => {
    document.querySelector('iframe')?.contentWindow?.postMessage(message, '*');
  }, data);
}

describe('the page that embeds the launcher', () => {
  it('on an allowed origin hears ready, joining, joined, left, joining, error, and its commands work', async () => {
    session.launcher.endpoint.handle = (request) =>
      JSON.stringify(request.body).includes('Closed') ? { status: 403, body: '{}' } : tokenAnswer();
    const config = session.launcher.config({ embed: { parentOrigins: [intranet.origin] } });
    const opened = await session.open(config);
    await opened.page.goto(intranet.url(`${session.launcher.base}?name=Ann`));
    const frame = opened.page.frameLocator('iframe[title="Team meeting"]');
    await expect.poll(() => events(opened)).toEqual(['ready']);

    await command(opened, {
      type: 'jitsi-launcher',
      command: 'join',
      room: 'Daily Standup',
      displayName: 'Ann',
    });
    await frame.locator('iframe[name="jitsiConferenceFrame0"]').waitFor({ state: 'attached' });
    const launcherFrame = opened.page
      .frames()
      .find((f) => f.url().startsWith(session.launcher.base));
    await launcherFrame?.evaluate(() =>
      Reflect.get(window, '__jitsiFixture').emit('videoConferenceJoined', { id: 'me' }),
    );
    await expect.poll(() => events(opened)).toEqual(['ready', 'joining', 'joined']);

    await command(opened, { type: 'jitsi-launcher', command: 'leave' });
    await expect.poll(() => events(opened)).toEqual(['ready', 'joining', 'joined', 'left']);

    await command(opened, { type: 'jitsi-launcher', command: 'join', room: 'Closed' });
    await expect
      .poll(() => events(opened))
      .toEqual(['ready', 'joining', 'joined', 'left', 'joining', 'error']);

    const messages = await received(opened);
    const launcherOrigin = new URL(session.launcher.base).origin;
    expect(messages.every(({ origin }) => origin === launcherOrigin)).toBe(true);
    expect(messages.map(({ data }) => data)).toEqual([
      { type: 'jitsi-launcher', event: 'ready', room: '', domain: session.launcher.domain('meet') },
      ...['joining', 'joined', 'left'].map((event) => ({
        type: 'jitsi-launcher',
        event,
        room: 'Daily Standup',
        domain: session.launcher.domain('meet'),
      })),
      {
        type: 'jitsi-launcher',
        event: 'joining',
        room: 'Closed',
        domain: session.launcher.domain('meet'),
      },
      {
        type: 'jitsi-launcher',
        event: 'error',
        room: 'Closed',
        domain: session.launcher.domain('meet'),
        kind: 'endpoint-unauthorized',
      },
    ]);
  });

  it('on another origin hears nothing, and its commands are ignored', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const config = session.launcher.config({ embed: { parentOrigins: [intranet.origin] } });
    // Without the headers, the browser shows the launcher inside the other page: the launcher
    // itself must neither talk to it nor take its orders.
    const opened = await session.open(config, '', { headers: false });
    await opened.page.goto(elsewhere.url(`${session.launcher.base}?name=Ann`));
    const frame = opened.page.frameLocator('iframe[title="Team meeting"]');
    await frame
      .getByRole('heading', { name: 'This meeting service cannot be used inside this page' })
      .waitFor();
    await command(opened, {
      type: 'jitsi-launcher',
      command: 'join',
      room: 'Daily Standup',
      displayName: 'Ann',
    });
    await opened.page.waitForTimeout(500);
    expect(await received(opened)).toEqual([]);
    expect(session.launcher.endpoint.requests).toHaveLength(0);
  });
});
