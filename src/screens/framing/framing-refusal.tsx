import type { FramingVerdict } from '../../lib/framing-verdict.ts';

type Refusal = Extract<FramingVerdict, { allowed: false }>;

function why(verdict: Refusal): string {
  const stranger = verdict.origin ?? 'another page';
  switch (verdict.reason) {
    case 'no-parents-allowed':
      return `It is shown inside ${stranger}, and it is not set up to be part of other pages.`;
    case 'parent-not-allowed':
      return `It is shown inside ${stranger}, which is not one of the pages allowed to show it.`;
    case 'parent-unknown':
      return 'It is shown inside another page, and this browser does not say which, so it cannot check that the page is allowed to show it.';
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
      <h1>This launcher cannot be used inside this page</h1>
      <p role="alert">
        {why(verdict)} A page that hides the launcher could make one click join a meeting in your
        name.
      </p>
      <p>
        <a href={ownTabUrl(href)} target="_blank" rel="noopener noreferrer">
          Open the launcher in its own tab
        </a>
      </p>
      <p>
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
