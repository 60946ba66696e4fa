import { useEffect, useRef } from 'preact/hooks';
import type { JoinError } from '../../meeting/join-error.ts';
import { DebugPanel } from '../debug/debug-panel.tsx';
import { describeJoinError } from './describe-join-error.ts';

export interface ErrorNoticeProps {
  error: JoinError;
  onRetry: () => void;
  /** Leaves the page for the identity provider; injected so tests need no navigation. */
  onSignIn?: (url: string) => void;
  /** Show what is inside a token that was refused (the config's debugPanel). */
  showToken?: boolean;
}

function signInDefault(url: string): void {
  globalThis.location.assign(url);
}

/** A failed join: title, what happened, how to fix it, and the next action. Text only. */
export function ErrorNotice({
  error,
  onRetry,
  onSignIn = signInDefault,
  showToken = false,
}: ErrorNoticeProps) {
  const described = describeJoinError(error);
  const action = described.action;
  const decoded = 'decoded' in error && showToken ? error.decoded : undefined;
  // The Join button was disabled while joining, so focus fell to the page: bring it to the way
  // forward (or the message), so keyboard users carry on from here.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = box.current?.querySelector('button') ?? box.current;
    target?.focus();
  }, [error]);
  return (
    <>
      <div class="error-notice" role="alert" data-error-kind={error.kind} tabIndex={-1} ref={box}>
        <h2 class="error-notice__title">{described.title}</h2>
        <p>{described.message}</p>
        {described.fix === undefined ? null : <p class="error-notice__fix">{described.fix}</p>}
        {error.kind === 'token-rejected' && error.failed.length > 1 ? (
          <ul class="error-notice__checks">
            {error.failed.map((check) => (
              <li key={check.id}>
                <strong>{check.title}</strong>: {check.message}
                {check.fix === undefined ? null : ` ${check.fix}`}
              </li>
            ))}
          </ul>
        ) : null}
        {action.kind === 'retry' ? (
          <button type="button" class="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        {action.kind === 'sign-in' ? (
          <button type="button" class="button" onClick={() => onSignIn(action.url)}>
            Sign in
          </button>
        ) : null}
      </div>
      {decoded === undefined ? null : <DebugPanel decoded={decoded} />}
    </>
  );
}
