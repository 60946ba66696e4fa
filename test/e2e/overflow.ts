import type { Page } from 'playwright-core';

export const WIDTHS = [320, 390, 768, 1280];

/** The widths (of 320, 390, 768 and 1280 px) at which the page scrolls sideways, and by how much. */
export async function overflowAtEveryWidth(page: Page): Promise<string[]> {
  const wide: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scroll > width) wide.push(`${width} px: ${scroll} px wide`);
  }
  return wide;
}
