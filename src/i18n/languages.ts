/** The languages the launcher speaks; English is the fallback. */
export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** The supported language a BCP 47 tag asks for: `de-AT` and `DE` are German. */
export function matchLanguage(tag: string): Language | undefined {
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase();
  return isLanguage(primary) ? primary : undefined;
}

export interface LanguageSources {
  /** `?lang=` in the link. */
  link?: string | undefined;
  /** config.json `lang`. */
  config?: Language | undefined;
  /** `navigator.languages`, most preferred first. */
  browser: readonly string[];
}

/**
 * The language to speak: the link's `?lang=`, then the config's `lang`, then the browser's
 * first supported preference, then English. An unsupported `?lang=` is passed over.
 */
export function chooseLanguage({ link, config, browser }: LanguageSources): Language {
  const fromLink = link === undefined ? undefined : matchLanguage(link);
  if (fromLink !== undefined) return fromLink;
  if (config !== undefined) return config;
  for (const tag of browser) {
    const match = matchLanguage(tag);
    if (match !== undefined) return match;
  }
  return 'en';
}
