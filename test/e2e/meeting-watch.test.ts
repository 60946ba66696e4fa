import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fakeToken } from './fixtures/fake-token.ts';
import { nowSeconds } from './launcher-harness.ts';
import { useLauncherSession } from './launcher-session.ts';

const session = useLauncherSession();

/** The stand-in meeting emits an IFrame API event, with the payload the real API hands over. */
function emit(page: Page, event: string, payload?: unknown): Promise<void> {
  return page.evaluate(([name, data]) => Reflect.get(window, '__jitsiFixture')?.emit(name, data), [
    event,
    payload,
  ] as const);
}

function fixture<T>(page: Page, read: string): Promise<T> {
  return page.evaluate((key) => {
    const value = Reflect.get(window, '__jitsiFixture')?.[key];
    return typeof value === 'function' ? value() : value;
  }, read);
}

function error(name: string, extra: Record<string, unknown> = {}) {
  return { error: { name, isFatal: false, ...extra } };
}

/** Joins room r as Ann with tokens numbered by the endpoint (jti t1, t2, …). */
async function joined(claims: Record<string, unknown> = {}, config: Record<string, unknown> = {}) {
  let count = 0;
  session.launcher.endpoint.handle = () => ({
    body: JSON.stringify({ token: fakeToken({ jti: `t${++count}`, ...claims }, nowSeconds()) }),
  });
  const { page } = await session.open(session.launcher.config(config), '?room=r&name=Ann');
  await page.getByRole('button', { name: 'Join' }).click();
  await page.locator('iframe[name="jitsiConferenceFrame0"]').waitFor({ state: 'attached' });
  return page;
}

const notice = (page: Page) => page.locator('[data-meeting-problem]');

describe('watching the meeting', () => {
  it('waits in the lobby, then shows the role granted beside the role asked', async () => {
    const page = await joined(
      { context: { user: { name: 'Ann', moderator: true } } },
      { debugPanel: true },
    );
    await emit(
      page,
      'errorOccurred',
      error('conference.connectionError.membersOnly', { type: 'CONFERENCE' }),
    );
    await notice(page).getByRole('heading', { name: 'Waiting in the lobby' }).waitFor();
    expect(await notice(page).getByRole('status').first().textContent()).toContain(
      'Waiting in the lobby',
    );
    const scan = await new AxeBuilder({ page }).include('[data-meeting-problem]').analyze();
    expect(scan.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await emit(page, 'videoConferenceJoined', { roomName: 'r', id: 'me', displayName: 'Ann' });
    await emit(page, 'participantRoleChanged', { id: 'someone', role: 'moderator' });
    await emit(page, 'participantRoleChanged', { id: 'me', role: 'participant' });
    await notice(page).waitFor({ state: 'detached' });
    const panel = page.getByRole('complementary');
    await panel.getByText('participant', { exact: true }).waitFor();
    expect(await panel.getByText('moderator (context.user.moderator: true)').count()).toBe(1);
    expect(await panel.getByText(/^Token verification never makes anyone moderator/).count()).toBe(
      1,
    );
    expect(
      await panel
        .getByText(
          'The meeting goes on; a reconnection after this time needs a fresh token, which the launcher will fetch.',
        )
        .count(),
    ).toBe(1);
  });

  it('refused at login: plain words, and details with the prediction beside the server’s reason', async () => {
    const page = await joined();
    await emit(
      page,
      'errorOccurred',
      error('connection.passwordRequired', { message: "invalid 'iss' claim", type: 'CONNECTION' }),
    );
    const alert = notice(page);
    await alert
      .getByRole('heading', { name: 'The meeting server did not accept your pass' })
      .waitFor();
    expect(await alert.getByRole('alert').textContent()).toContain('did not accept your pass');
    await alert.getByText('Details for your administrator').click();
    expect(
      await alert
        .getByText(
          `The launcher predicted the server would accept this token; the server refused it at login with "invalid 'iss' claim".`,
        )
        .isVisible(),
    ).toBe(true);
    const results = await new AxeBuilder({ page }).include('[data-meeting-problem]').analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('after exp, a lost connection rejoins the same room with a fresh token: endpoint asked again, old frame disposed', async () => {
    const page = await joined();
    await emit(page, 'videoConferenceJoined', { roomName: 'r', id: 'me' });
    const [first] = await fixture<string[]>(page, 'tokens');
    // Two hours on: the first token has expired, the endpoint's next one is valid then.
    const later = nowSeconds() + 2 * 3600;
    await page.clock.install();
    await page.clock.setSystemTime(later * 1000);
    session.launcher.endpoint.handle = () => ({
      body: JSON.stringify({ token: fakeToken({ jti: 'fresh' }, later) }),
    });
    await emit(
      page,
      'errorOccurred',
      error('connection.droppedError', { type: 'CONNECTION', isFatal: true }),
    );
    await page.getByText('Reconnecting with a fresh pass…').waitFor();
    await page.waitForFunction(
      () => Reflect.get(window, '__jitsiFixture')?.constructed.length === 2,
    );
    expect(session.launcher.endpoint.requests).toHaveLength(2);
    expect(session.launcher.endpoint.requests[1]?.body).toMatchObject({
      room: 'r',
      displayName: 'Ann',
    });
    expect(await fixture<number>(page, 'disposed')).toBe(1);
    const [fresh] = await fixture<string[]>(page, 'tokens');
    expect(fresh).not.toBe(first);
    expect(await page.locator('iframe').count()).toBe(1);
    const src = (await page.locator('iframe').getAttribute('src')) ?? '';
    expect(new URL(src).searchParams.get('jwt')).toBe(fresh);
    await emit(page, 'videoConferenceJoined', { roomName: 'r', id: 'me-again' });
    await page.getByText('Reconnecting with a fresh pass…').waitFor({ state: 'detached' });
    const opened = session.opened;
    for (const url of [...(opened?.navigations ?? []), page.url()]) {
      expect(url).not.toContain(first);
      expect(url).not.toContain(fresh);
    }
  });

  it('rejoins by itself at most 3 times in 10 minutes, then asks; Rejoin fetches another', async () => {
    const page = await joined();
    for (let rejoin = 1; rejoin <= 3; rejoin += 1) {
      await emit(page, 'errorOccurred', error('connection.token_expired', { type: 'CONNECTION' }));
      await page.waitForFunction(
        (n) => Reflect.get(window, '__jitsiFixture')?.constructed.length === n,
        rejoin + 1,
      );
    }
    await emit(page, 'errorOccurred', error('connection.token_expired', { type: 'CONNECTION' }));
    const alert = notice(page);
    await alert.getByRole('heading', { name: 'The connection was lost' }).waitFor();
    expect(
      await alert
        .getByText(
          'Your pass to the meeting expired, and you were already reconnected 3 times in 10 minutes.',
        )
        .count(),
    ).toBe(1);
    expect(session.launcher.endpoint.requests).toHaveLength(4);
    await alert.getByRole('button', { name: 'Rejoin' }).click();
    await page.waitForFunction(
      () => Reflect.get(window, '__jitsiFixture')?.constructed.length === 5,
    );
    expect(session.launcher.endpoint.requests).toHaveLength(5);
    expect(await fixture<number>(page, 'disposed')).toBe(4);
    await notice(page).waitFor({ state: 'detached' });
  });
});
