import { useEffect, useRef, useState } from 'preact/hooks';
import type { SupportConfig } from '../../config/launcher-config.ts';
import { currentLanguage, t } from '../../i18n/translate.ts';
import type { JoinError } from '../../meeting/join-error.ts';
import { DebugPanel } from '../debug/debug-panel.tsx';
import { AdminDetails } from './admin-details.tsx';
import { describeJoinError } from './describe-join-error.ts';
import { errorWords } from './error-words.ts';
import { type SignInOutcome, signIn } from './sign-in.ts';
import { SupportLine } from './support-line.tsx';

export interface ErrorNoticeProps {
  error: JoinError;
  onRetry: () => void;
  /**
   * Goes to the identity provider (a popup when framed); `onReturn` asks for a token again.
   * Injected so tests need no navigation.
   */
  onSignIn?: (url: string, onReturn: () => void) => SignInOutcome;
  /** Show what is inside a token that was refused (the config's debugPanel). */
  showToken?: boolean;
  /** The lab: the technical details are open from the start. */
  technical?: boolean;
  /** How many meeting servers the join screen offers. */
  domainCount?: number;
  support?: SupportConfig;
  /** Writes the details to the clipboard (default: the page's); rejects where the page cannot. */
  copy?: (text: string) => Promise<void>;
}

/**
 * A failed join in plain words: what happened and what to do, the action that can help as the
 * primary button, where to get help, and the technical details for an administrator, folded.
 * Text only.
 */
export function ErrorNotice({
  error,
  onRetry,
  onSignIn = signIn,
  showToken = false,
  technical = false,
  domainCount = 1,
  support,
  copy,
}: ErrorNoticeProps) {
  const described = describeJoinError(error, { domainCount });
  const [title, message] = errorWords(described);
  const action = described.action;
  const [signInState, setSignInState] = useState<SignInOutcome | undefined>(undefined);
  const decoded = 'decoded' in error && showToken ? error.decoded : undefined;
  // The Join button was disabled while joining, so focus fell to the page: bring it to the way
  // forward (or the message), so keyboard users carry on from here.
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    const target =
      box.current?.querySelector<HTMLElement>('.error-notice__actions button') ?? box.current;
    target?.focus();
  }, [error]);

  return (
    <>
      <section
        class="error-notice"
        data-error-kind={error.kind}
        tabIndex={-1}
        ref={box}
        aria-labelledby="error-notice-title"
      >
        <div role="alert">
          <h2 class="error-notice__title" id="error-notice-title">
            {title}
          </h2>
          <p class="error-notice__message">{message}</p>
        </div>
        <div class="error-notice__actions">
          {action.kind === 'retry' ? (
            <button type="button" class="button button--primary" onClick={onRetry}>
              {t('error.retry')}
            </button>
          ) : null}
          {action.kind === 'sign-in' ? (
            <button
              type="button"
              class="button button--primary"
              onClick={() => setSignInState(onSignIn(action.url, onRetry))}
            >
              {t('error.signIn')}
            </button>
          ) : null}
          {described.otherServer ? (
            <button
              type="button"
              class="button"
              onClick={() => document.getElementById('join-domain')?.focus()}
            >
              {t('error.otherServer')}
            </button>
          ) : null}
        </div>
        {action.kind === 'sign-in' && signInState === 'popup' ? (
          <p role="status">{t('error.popup')}</p>
        ) : null}
        {action.kind === 'sign-in' && signInState === 'blocked' ? (
          <p role="status">
            {t('error.blocked')}{' '}
            <a href={action.url} target="_blank" rel="noopener">
              {t('error.openSignIn')}
            </a>
          </p>
        ) : null}
        <SupportLine support={support} />
        <AdminDetails
          title={title}
          message={message}
          lines={described.details}
          open={technical}
          copy={copy}
        />
      </section>
      {decoded === undefined ? null : <DebugPanel decoded={decoded} language={currentLanguage()} />}
    </>
  );
}
