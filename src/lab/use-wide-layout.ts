import { useEffect, useState } from 'preact/hooks';

/** The part of `MediaQueryList` the layout needs; `window.matchMedia` gives it. */
export interface MediaQuery {
  matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

/** The width at which the lab shows two columns; lab.css uses the same. */
export const WIDE_QUERY = '(min-width: 960px)';

const browserMatchMedia =
  typeof globalThis.matchMedia === 'function'
    ? (query: string): MediaQuery => globalThis.matchMedia(query)
    : undefined;

/**
 * Whether the screen is wide enough for two columns. The lab moves its verdict panel in the DOM
 * (not only on screen) so that tab and reading order follow what is seen.
 */
export function useWideLayout(
  matchMedia: ((query: string) => MediaQuery) | undefined = browserMatchMedia,
): boolean {
  const [wide, setWide] = useState(() => matchMedia?.(WIDE_QUERY).matches ?? true);
  useEffect(() => {
    const media = matchMedia?.(WIDE_QUERY);
    if (media === undefined) return;
    const update = () => setWide(media.matches);
    update();
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, [matchMedia]);
  return wide;
}
