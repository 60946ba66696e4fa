import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeToken } from '../../src/core/decode-token.ts';
import { messages as germanLater } from '../../src/i18n/messages/de/later.ts';
import { messages as frenchLater } from '../../src/i18n/messages/fr/later.ts';
import { addMessages, setLanguage } from '../../src/i18n/translate.ts';
import type { JoinError } from '../../src/meeting/join-error.ts';
import { AdminDetails } from '../../src/screens/errors/admin-details.tsx';
import { describeJoinError } from '../../src/screens/errors/describe-join-error.ts';
import { ErrorNotice, type ErrorNoticeProps } from '../../src/screens/errors/error-notice.tsx';
import { fakeToken } from '../e2e/fixtures/fake-token.ts';

afterEach(cleanup);

const TOKEN = fakeToken({ room: 'some%20other%20room' }, 1_780_000_000);
const decoded = decodeToken(TOKEN);
if (!decoded.ok) throw new Error('the fake token decodes');

const WRONG_ROOM: JoinError = {
  kind: 'token-rejected',
  message:
    'The meeting server would refuse this token. room is "some%20other%20room"; the server compares it (ASCII-lowercased) with "daily%20standup".',
  fix: 'Set room to "daily%20standup", or "*" for any room.',
  failed: [],
  decoded: decoded.value,
};

function show(error: JoinError, props: Partial<ErrorNoticeProps> = {}) {
  const retried: number[] = [];
  const view = render(<ErrorNotice error={error} onRetry={() => retried.push(1)} {...props} />);
  return { retried, ...view };
}

const buttons = () => screen.queryAllByRole('button').map((button) => button.textContent);

describe('ErrorNotice', () => {
  it('says what happened in plain words; the server reason waits, folded, for the administrator', () => {
    const { container } = show(WRONG_ROOM);
    expect(screen.getByRole('alert').textContent).toBe(
      'The meeting would not let you inYour access to this room could not be confirmed: send the details below to your administrator.',
    );
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Details for your administrator');
    expect([...(details?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      'What happened: The meeting server would refuse this token. room is "some%20other%20room"; the server compares it (ASCII-lowercased) with "daily%20standup".',
      'How to fix it: Set room to "daily%20standup", or "*" for any room.',
      'Error code: token-rejected',
    ]);
    // Trying again would fetch the same refused token: no Try again.
    expect(buttons()).toEqual(['Copy details']);
    expect(container.textContent).not.toContain(TOKEN.split('.')[2]);
  });

  it('copies the words and details, never the token', async () => {
    const copied: string[] = [];
    show(WRONG_ROOM, { copy: async (text) => void copied.push(text) });
    fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(
      await screen.findByText('Copied. Paste the details into your message to your administrator.'),
    ).toBeTruthy();
    expect(copied[0]?.split('\n').slice(0, 3)).toEqual([
      'The meeting would not let you in',
      'Your access to this room could not be confirmed: send the details below to your administrator.',
      '',
    ]);
    expect(copied[0]).toContain('Error code: token-rejected');
    expect(copied[0]).not.toContain(TOKEN.split('.')[2]);
  });

  it('says so where the page has no clipboard', async () => {
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      show(WRONG_ROOM);
      fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    } finally {
      if (clipboard === undefined) Reflect.deleteProperty(navigator, 'clipboard');
      else Object.defineProperty(navigator, 'clipboard', clipboard);
    }
    expect(
      await screen.findByText(
        'This page cannot copy: select the details above and copy them yourself.',
      ),
    ).toBeTruthy();
  });

  it('offers Try again as the primary button where trying again can help, and focuses it', async () => {
    const { retried } = show({
      kind: 'endpoint-network',
      message: 'The token endpoint could not be reached (CORS).',
    });
    expect(screen.getByRole('heading').textContent).toBe('Could not connect');
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry.className).toBe('button button--primary');
    await waitFor(() => expect(document.activeElement).toBe(retry));
    fireEvent.click(retry);
    expect(retried).toEqual([1]);
  });

  it('offers another meeting server only when there is one', () => {
    const failed: JoinError = {
      kind: 'script-failed',
      url: 'https://meet.example.com/external_api.js',
      message: 'meet.example.com did not deliver its meeting script.',
    };
    show(failed, { domainCount: 1 });
    expect(buttons()).toEqual(['Try again', 'Copy details']);
    cleanup();
    show(failed, { domainCount: 2 });
    expect(buttons()).toEqual(['Try again', 'Choose another meeting server', 'Copy details']);
    expect(screen.getByText('Address: https://meet.example.com/external_api.js')).toBeTruthy();
  });

  it('shows where to get help with every error, as a link when there is one', () => {
    show(WRONG_ROOM, { support: { text: 'IT help desk', url: 'mailto:help@example.com' } });
    const link = screen.getByRole('link', { name: 'IT help desk' });
    expect(link.getAttribute('href')).toBe('mailto:help@example.com');
    expect(link.parentElement?.textContent).toBe('Need help? IT help desk');
  });

  it('Sign in opens the sign-in page and says what happens next; blocked, it offers a link', () => {
    const unauthorized: JoinError = {
      kind: 'endpoint-unauthorized',
      status: 401,
      message: 'You are not signed in to the site that issues meeting tokens.',
      loginUrl: 'https://sso.example/login',
    };
    const calls: string[] = [];
    const { retried } = show(unauthorized, {
      onSignIn: (url, onReturn) => {
        calls.push(url);
        onReturn();
        return 'popup';
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(calls).toEqual(['https://sso.example/login']);
    expect(retried).toEqual([1]);
    expect(
      screen.getByText(
        'Finish signing in in the window that opened: this page carries on by itself.',
      ),
    ).toBeTruthy();
    cleanup();
    show(unauthorized, { onSignIn: () => 'blocked' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const link = screen.getByRole('link', { name: 'Open the sign-in page' });
    expect(link.getAttribute('href')).toBe('https://sso.example/login');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it("speaks the launcher's language; the room check's own English sentence stays in the details, marked English", () => {
    addMessages('de', germanLater);
    setLanguage('de');
    try {
      show({ kind: 'endpoint-network', message: 'The token endpoint could not be reached.' });
      expect(screen.getByRole('alert').textContent).toBe(
        'Keine VerbindungPrüfen Sie, ob Sie mit dem Internet oder dem Netzwerk Ihrer Organisation verbunden sind, und wählen Sie dann „Erneut versuchen“.',
      );
      expect(buttons()).toEqual(['Erneut versuchen', 'Details kopieren']);
      expect(screen.getByText('Details für Ihren Administrator')).toBeTruthy();
      cleanup();
      show({ kind: 'room-invalid', message: 'A room name cannot contain /, ?, # or \\.' });
      expect(screen.getByRole('alert').textContent).toBe(
        'Raumnamen prüfenDieser Raumname ist nicht möglich: Ändern Sie ihn und wählen Sie dann „Teilnehmen“.',
      );
      // The value stays English and says so, for a screen reader on a German page.
      const value = screen.getByText('A room name cannot contain /, ?, # or \\.');
      expect(value.getAttribute('lang')).toBe('en');
      expect(value.closest('li')?.getAttribute('lang')).toBe(null);
      expect(value.closest('li')?.textContent).toBe(
        'Was passiert ist: A room name cannot contain /, ?, # or \\.',
      );
    } finally {
      setLanguage('en');
    }
  });

  it('marks the English sentences of the details as English on a German page, and only there', () => {
    addMessages('de', germanLater);
    const lines = [
      'The meeting reported conference.destroyed.',
      { label: 'code', value: 'conference-destroyed' },
    ] as const;
    const items = () =>
      [...document.querySelectorAll('li')].map((item) => [
        item.getAttribute('lang'),
        item.textContent,
      ]);
    setLanguage('de');
    try {
      render(<AdminDetails title="T" message="M" lines={lines} />);
      expect(items()).toEqual([
        ['en', 'The meeting reported conference.destroyed.'],
        [null, 'Fehlercode: conference-destroyed'],
      ]);
      expect(document.querySelector('li span')?.getAttribute('lang')).toBe('en');
    } finally {
      setLanguage('en');
    }
    cleanup();
    render(<AdminDetails title="T" message="M" lines={lines} />);
    expect(items()).toEqual([
      [null, 'The meeting reported conference.destroyed.'],
      [null, 'Error code: conference-destroyed'],
    ]);
  });

  it('writes each detail as French writes a label, with a non-breaking space before the colon', () => {
    addMessages('fr', frenchLater);
    setLanguage('fr');
    try {
      show({ kind: 'endpoint-server-error', status: 500, message: 'The token endpoint failed.' });
      const lines = [...document.querySelectorAll('details li')].map((item) => item.textContent);
      expect(lines).toEqual([
        'Ce qui s’est passé\u00a0: The token endpoint failed.',
        'Statut HTTP\u00a0: 500',
        'Code d’erreur\u00a0: endpoint-server-error',
      ]);
    } finally {
      setLanguage('en');
    }
  });

  it('an expired token: check the clock, then Try again, the button beside the sentence', () => {
    show({
      kind: 'token-expired',
      message: 'Expired.',
      fix: 'Check the clock.',
      decoded: decoded.value,
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'Your access has run outCheck that the date and time on this device are right, then select Try again; if they are, send the details below to your administrator.',
    );
    expect(buttons()).toEqual(['Try again', 'Copy details']);
  });

  it('opens the details from the start in the lab', () => {
    const { container } = show(WRONG_ROOM, { technical: true });
    expect(container.querySelector('details')?.open).toBe(true);
  });
});

describe('describeJoinError', () => {
  const context = { domainCount: 1 };
  const action = (error: JoinError) => describeJoinError(error, context).action.kind;

  it('never offers Try again for a token the server would refuse or a site set up wrong', () => {
    const refused: JoinError[] = [
      WRONG_ROOM,
      { kind: 'token-malformed', message: 'Not a JWT.', serverReason: 'Invalid token' },
      { kind: 'endpoint-not-found', status: 404, message: 'Answered 404.' },
      { kind: 'endpoint-no-token', message: 'No token.', keys: [] },
      { kind: 'endpoint-unauthorized', status: 403, message: 'Not allowed.' },
    ];
    expect(refused.map(action)).toEqual(['none', 'none', 'none', 'none', 'none']);
  });

  it('offers Try again for the network, timeouts, 429, 5xx and the script', () => {
    const passing: JoinError[] = [
      { kind: 'endpoint-network', message: 'Unreachable.' },
      { kind: 'endpoint-timeout', timeoutMs: 300, message: 'Too slow.' },
      { kind: 'endpoint-rate-limited', status: 429, message: 'Rate limited.' },
      { kind: 'endpoint-unavailable', status: 503, message: 'Unavailable.' },
      { kind: 'endpoint-server-error', status: 500, message: 'Failed.' },
      { kind: 'script-timeout', url: 'https://x/external_api.js', timeoutMs: 1, message: 'Slow.' },
      // Judged by this device's clock: once the clock is put right, a fresh token passes.
      {
        kind: 'token-expired',
        message: 'Expired.',
        fix: 'Check the clock.',
        decoded: decoded.value,
      },
    ];
    expect(passing.map(action)).toEqual([
      'retry',
      'retry',
      'retry',
      'retry',
      'retry',
      'retry',
      'retry',
    ]);
  });

  it('keeps the server reason and the status for the administrator', () => {
    expect(
      describeJoinError(
        { kind: 'token-malformed', message: 'Not a JWT.', serverReason: 'Invalid token' },
        context,
      ).details,
    ).toEqual([
      { label: 'happened', value: 'Not a JWT.' },
      { label: 'server', value: 'Invalid token' },
      { label: 'code', value: 'token-malformed' },
    ]);
    expect(
      describeJoinError({ kind: 'endpoint-server-error', status: 500, message: 'Failed.' }, context)
        .details,
    ).toContainEqual({ label: 'status', value: '500' });
  });
});
