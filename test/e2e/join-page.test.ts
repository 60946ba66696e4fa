import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { fakeToken } from './fixtures/fake-token.ts';
import { nowSeconds, tokenAnswer } from './launcher-harness.ts';
import { useLauncherSession } from './launcher-session.ts';
import { overflowAtEveryWidth } from './overflow.ts';

const session = useLauncherSession();

/** What the stand-in IFrame API was constructed with, in order. */
async function constructed(): Promise<
  Array<{ domain: string; roomName: string; userInfo: Record<string, string> | null }>
> {
  return (
    (await session.opened?.page.evaluate(
      () => Reflect.get(window, '__jitsiFixture')?.constructed ?? [],
    )) ?? []
  );
}

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
    expect(await constructed()).toHaveLength(1);
  });
});
