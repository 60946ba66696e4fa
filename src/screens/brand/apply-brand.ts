import type { BrandConfig } from '../../config/launcher-config.ts';

/**
 * Puts the organisation's colour and name on the page: the accent (buttons, links) with white
 * text on it, which the config check made sure is readable, and the page title.
 */
export function applyBrand(brand: BrandConfig | undefined, doc: Document = document): void {
  if (brand === undefined) return;
  if (brand.accentColor !== undefined) {
    doc.documentElement.style.setProperty('--accent', brand.accentColor);
    doc.documentElement.style.setProperty('--accent-fg', '#ffffff');
  }
  if (brand.title !== undefined) doc.title = brand.title;
}
