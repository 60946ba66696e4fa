import type { BrandConfig } from '../../config/launcher-config.ts';

/** The organisation's logo and name above the join page's own heading. */
export function BrandBar({ brand }: { brand: BrandConfig | undefined }) {
  if (brand === undefined || (brand.title === undefined && brand.logoUrl === undefined)) {
    return null;
  }
  return (
    <header class="brand-bar">
      {/* The name beside it says who this is: the logo itself is decoration. */}
      {brand.logoUrl === undefined ? null : (
        <img class="brand-bar__logo" src={brand.logoUrl} alt="" />
      )}
      {brand.title === undefined ? null : <span class="brand-bar__title">{brand.title}</span>}
    </header>
  );
}
