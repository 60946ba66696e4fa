import { t } from '../../i18n/translate.ts';
import type { FramingVerdict } from '../../lib/framing-verdict.ts';

type Refusal = Extract<FramingVerdict, { allowed: false }>;

function why({ reason, origin }: Refusal): string {
  switch (reason) {
    case 'no-parents-allowed':
      return origin === undefined
        ? t('framing.noParentsUnnamed')
        : t('framing.noParents', { origin });
    case 'parent-not-allowed':
      return origin === undefined
        ? t('framing.notAllowedUnnamed')
        : t('framing.notAllowed', { origin });
    case 'parent-unknown':
      return t('framing.unknown');
  }
}

/** The launcher's own address without `autojoin`: opening it never joins without a click. */
export function ownTabUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('autojoin');
  return url.href;
}

/**
 * Shown instead of the join screen in a frame the config does not allow: a hidden frame over
 * another site could otherwise turn one click into a join in the user's name.
 */
export function FramingRefusal({ verdict, href }: { verdict: Refusal; href: string }) {
  return (
    <main class="config-error">
      <h1>{t('framing.title')}</h1>
      <p role="alert">
        {why(verdict)} {t('framing.risk')}
      </p>
      <p>
        <a href={ownTabUrl(href)} target="_blank" rel="noopener noreferrer">
          {t('framing.openOwnTab')}
        </a>
      </p>
      <p lang="en">
        For the site's administrator: list the page's origin in <code>embed.parentOrigins</code> in{' '}
        <code>config.json</code>
        {verdict.reason === 'parent-unknown' ? (
          <>
            , and give its iframe <code>referrerpolicy="origin"</code> so that browsers without{' '}
            <code>location.ancestorOrigins</code> can tell the launcher who frames it
          </>
        ) : null}
        .
      </p>
    </main>
  );
}
