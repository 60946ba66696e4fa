import { createRef } from 'preact';
import { lazyComponent } from '../../components/lazy-component.tsx';
import type { LauncherConfig } from '../../config/launcher-config.ts';
import { t } from '../../i18n/translate.ts';
import { withLaterMessages } from '../../i18n/with-later-messages.ts';
import type { JoinForm } from '../../meeting/join-form.ts';
import { LauncherView } from '../../store/launcher-view.ts';
import { BrandBar } from '../brand/brand-bar.tsx';
import type { SignInOutcome } from '../errors/sign-in.ts';
import './join-screen.css';

export interface JoinScreenProps {
  config: LauncherConfig;
  /** Goes to the identity provider; injected so tests need no navigation. */
  onSignIn?: (url: string, onReturn: () => void) => SignInOutcome;
}

const errorNotice = lazyComponent(() =>
  withLaterMessages(import('../errors/error-notice.tsx').then((module) => module.ErrorNotice)),
);

/** The words for failed joins are fetched when a join starts, not with the join screen. */
export function preloadErrorNotice(): void {
  errorNotice.preload().catch(() => undefined);
}

const FIELDS: readonly string[] = ['room', 'displayName', 'email', 'domain'];

function isFormField(name: string): name is keyof JoinForm {
  return FIELDS.includes(name);
}

/**
 * Room, name and optional email (no name or email when the token says who the user is), then
 * Join. Enter submits; the form works by keyboard alone.
 */
export class JoinScreen extends LauncherView<JoinScreenProps> {
  private readonly formRef = createRef<HTMLFormElement>();
  private readonly submitRef = createRef<HTMLButtonElement>();
  private readonly cancelRef = createRef<HTMLButtonElement>();
  private cancelling = false;

  private readonly cancelJoin = () => {
    this.cancelling = true;
    this.launcher.cancel();
  };

  override componentDidMount(): void {
    super.componentDidMount();
    // The first field still to fill in has focus, so a keyboard user types at once.
    for (const field of this.formRef.current?.querySelectorAll('input[required]') ?? []) {
      if (field instanceof HTMLInputElement && field.value === '') {
        field.focus();
        return;
      }
    }
  }

  override componentDidUpdate(): void {
    const joining = this.launcher.phase.status === 'joining';
    // Join is disabled as the join starts, and the focus would fall to the page: Cancel is what
    // is left to press.
    const focused = document.activeElement;
    const lost =
      focused === null || focused === document.body || focused === this.submitRef.current;
    if (joining && lost) this.cancelRef.current?.focus();
    if (!this.cancelling || joining) return;
    this.cancelling = false;
    // Cancel went away with the join: focus returns to Join, not to the page.
    this.submitRef.current?.focus();
  }

  override render({ config, onSignIn }: JoinScreenProps) {
    const { form, phase, refusedDomain, setField, join } = this.launcher;
    const joining = phase.status === 'joining';
    const nameMode = config.displayName ?? 'required';

    const onSubmit = (event: Event) => {
      event.preventDefault();
      void join();
    };
    // One listener for every field: each one's name is its key in the form.
    const onInput = (event: Event) => {
      const field = event.target;
      if (
        (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) &&
        isFormField(field.name)
      ) {
        setField(field.name, field.value);
      }
    };

    return (
      <main class="join-screen">
        <BrandBar brand={config.brand} />
        <h1>{t('join.title')}</h1>
        {/* Once a server is chosen from the list, the link's server no longer matters. */}
        {refusedDomain === undefined || form.domain !== '' ? null : (
          <p class="join-screen__refused" role="alert">
            {t('join.refusedDomain', { domain: refusedDomain })}
          </p>
        )}
        <form class="join-screen__form" ref={this.formRef} onSubmit={onSubmit} onInput={onInput}>
          <fieldset disabled={joining}>
            <label for="join-room">{t('join.room')}</label>
            <input id="join-room" name="room" autoComplete="off" required value={form.room} />
            {nameMode === 'fromToken' ? null : (
              <>
                <label for="join-name">
                  {t('join.name')}
                  {nameMode === 'optional' ? (
                    <span class="join-screen__optional"> {t('join.optional')}</span>
                  ) : null}
                </label>
                <input
                  id="join-name"
                  name="displayName"
                  autoComplete="name"
                  required={nameMode === 'required'}
                  value={form.displayName}
                />
                <label for="join-email">
                  {t('join.email')} <span class="join-screen__optional">{t('join.optional')}</span>
                </label>
                <input
                  id="join-email"
                  name="email"
                  type="email"
                  autoComplete="email"
                  value={form.email}
                />
              </>
            )}
            {config.domains.length > 1 || form.domain === '' ? (
              <>
                <label for="join-domain">{t('join.serverLabel')}</label>
                <select id="join-domain" name="domain" value={form.domain}>
                  {form.domain === '' ? (
                    <option value="" disabled>
                      {t('join.chooseServer')}
                    </option>
                  ) : null}
                  {config.domains.map((domain) => (
                    <option key={domain}>{domain}</option>
                  ))}
                </select>
              </>
            ) : (
              <p class="join-screen__server">{t('join.server', { domain: form.domain })}</p>
            )}
          </fieldset>
          <div class="join-screen__actions">
            <button
              type="submit"
              class="button button--primary"
              disabled={joining}
              aria-busy={joining}
              ref={this.submitRef}
            >
              {joining ? t('join.joining') : t('join.submit')}
            </button>
            {joining ? (
              <button type="button" class="button" onClick={this.cancelJoin} ref={this.cancelRef}>
                {t('join.cancel')}
              </button>
            ) : null}
          </div>
          <p class="join-screen__status" role="status">
            {joining ? t('join.connecting', { domain: form.domain }) : ''}
          </p>
        </form>
        {phase.status === 'failed' ? (
          <errorNotice.Component
            error={phase.error}
            onRetry={() => void join()}
            showToken={config.debugPanel}
            domainCount={config.domains.length}
            {...(config.support === undefined ? {} : { support: config.support })}
            {...(onSignIn === undefined ? {} : { onSignIn })}
          />
        ) : null}
      </main>
    );
  }
}
