import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tokenAnswer } from './launcher-harness.ts';
import { useLauncherSession } from './launcher-session.ts';

const session = useLauncherSession();

/** What the stand-in external_api.js was given for the first meeting. */
function constructedLang(): Promise<unknown> {
  return (
    session.opened?.page.evaluate(
      () => Reflect.get(window, '__jitsiFixture')?.constructed?.[0]?.lang,
    ) ?? Promise.resolve(undefined)
  );
}

/** The texts of the visible elements matching `selector` that take more than one line. */
function wrapped(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .filter((element) => element.getClientRects().length > 0)
        .filter((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          const tops = [...range.getClientRects()].map((rect) => rect.top);
          // Lines of one text lie a line height apart; boxes on one line, a few pixels at most.
          return Math.max(...tops) - Math.min(...tops) > 8;
        })
        .map((element) => element.textContent ?? ''),
    selector,
  );
}

const LEAVE = { en: 'Leave', de: 'Verlassen', fr: 'Quitter', es: 'Salir' };

describe('the language', () => {
  it("a German browser gets the join screen in German, <html lang='de'>, and no axe violations", async () => {
    const { page } = await session.open(session.launcher.config(), '?room=Daily%20Standup', {
      locale: 'de-DE',
    });
    await page.getByRole('heading', { name: 'An einer Besprechung teilnehmen' }).waitFor();
    expect(await page.getByLabel('Raum').inputValue()).toBe('Daily Standup');
    expect(await page.getByLabel('Ihr Name').count()).toBe(1);
    expect(await page.getByLabel('Besprechungsserver').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Teilnehmen' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.title()).toBe('An einer Besprechung teilnehmen');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('?lang=fr in the link wins over the German browser and over config lang', async () => {
    const { page } = await session.open(session.launcher.config({ lang: 'es' }), '?lang=fr', {
      locale: 'de-DE',
    });
    await page.getByRole('heading', { name: 'Rejoindre une réunion' }).waitFor();
    expect(await page.getByRole('button', { name: 'Rejoindre' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('config lang wins over the browser; a browser asking for none of the four gets English', async () => {
    const spanish = await session.open(session.launcher.config({ lang: 'es' }), '', {
      locale: 'de-DE',
    });
    await spanish.page.getByRole('heading', { name: 'Unirse a una reunión' }).waitFor();
    await spanish.context.close();
    const { page } = await session.open(session.launcher.config(), '', { locale: 'it-IT' });
    await page.getByRole('heading', { name: 'Join a meeting' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('the meeting is given the same language, and its bar speaks it', async () => {
    session.launcher.endpoint.handle = () => tokenAnswer();
    const { page } = await session.open(
      session.launcher.config(),
      '?room=Daily%20Standup&name=Ann',
      {
        locale: 'de-AT',
      },
    );
    await page.getByRole('button', { name: 'Teilnehmen' }).click();
    await page.locator('iframe[name="jitsiConferenceFrame0"]').waitFor({ state: 'attached' });
    expect(await constructedLang()).toBe('de');
    await page.getByRole('button', { name: 'Verlassen' }).click();
    await page.getByRole('heading', { name: 'Sie haben Daily Standup verlassen' }).waitFor();
  });

  it('a refused join is described in French, with its details toggle in French', async () => {
    session.launcher.endpoint.handle = () => ({ status: 403, body: '{}' });
    const { page } = await session.open(session.launcher.config(), '?room=Board&name=Ann&lang=fr');
    await page.getByRole('button', { name: 'Rejoindre' }).click();
    const notice = page.locator('.error-notice');
    await notice.waitFor();
    expect(await notice.getByRole('heading').first().textContent()).toBe(
      'Vous ne pouvez pas rejoindre cette réunion',
    );
    expect(await notice.getByText('Détails pour votre administrateur').count()).toBe(1);
  });

  for (const [lang, leave] of Object.entries(LEAVE)) {
    it(`${lang} on a 320 px phone: Join, its busy state and the left screen's buttons each on one line`, async () => {
      session.launcher.endpoint.handle = () => ({ ...tokenAnswer(), delayMs: 1500 });
      const { page } = await session.open(
        session.launcher.config(),
        `?room=Daily%20Standup&name=Ann&lang=${lang}`,
      );
      await page.setViewportSize({ width: 320, height: 700 });
      const submit = page.locator('button[type="submit"]');
      expect(await wrapped(page, 'button')).toEqual([]);
      await submit.click();
      await page.locator('button[type="submit"][aria-busy="true"]').waitFor();
      expect(await wrapped(page, 'button')).toEqual([]);
      await page.getByRole('button', { name: leave }).click();
      await page.locator('.left-screen h1').waitFor();
      expect(await page.getByRole('button').count()).toBe(2);
      expect(await wrapped(page, 'button')).toEqual([]);
    });
  }

  it('the French config-error screen on a phone labels Problème and Correction with a non-breaking space before the colon', async () => {
    const { page } = await session.open({ mode: 'endpoint', domains: ['x:99999'] }, '?lang=fr');
    await page.setViewportSize({ width: 320, height: 700 });
    const cell = page.locator('.config-error__problems td').first();
    await cell.waitFor();
    const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"Problème\u00a0: "');
  });

  it('the config-error table on a laptop, in French: the Champ heading and each field name on one line', async () => {
    const { page } = await session.open({ mode: 'endpoint', domains: ['x:99999'] }, '?lang=fr');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('.config-error__problems').waitFor();
    expect(await page.locator('.config-error__problems th').first().textContent()).toBe('Champ');
    expect(await page.locator('.config-error__problems code').allTextContents()).toEqual([
      'domains[0]',
      'endpoint',
    ]);
    expect(await wrapped(page, '.config-error__problems th')).toEqual([]);
  });
});
