import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeToken } from '../../src/core/decode-token.ts';
import type { Result } from '../../src/core/types.ts';
import type { JoinError } from '../../src/meeting/join-error.ts';
import type { ReadyJoin, RunJoin } from '../../src/meeting/join-flow.ts';
import { JoinScreen } from '../../src/screens/join/join-screen.tsx';
import { fakeToken } from '../e2e/fixtures/fake-token.ts';
import { chooseOption } from '../support/browser-events.ts';
import { CONFIG, renderWithStore } from './render-app.tsx';

afterEach(cleanup);

function failingWith(error: JoinError): { runJoin: RunJoin; calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    runJoin: async (): Promise<Result<ReadyJoin, JoinError>> => {
      calls.push(1);
      return { ok: false, error };
    },
  };
}

describe('JoinScreen', () => {
  it('shows the linked room and name in labelled fields', () => {
    renderWithStore(<JoinScreen config={CONFIG} />, {
      deps: { deepLink: { room: 'Daily Standup', name: 'Ann' } },
    });
    expect(screen.getByLabelText<HTMLInputElement>('Room').value).toBe('Daily Standup');
    expect(screen.getByLabelText<HTMLInputElement>('Your name').value).toBe('Ann');
    expect(screen.getByLabelText<HTMLInputElement>('Email (optional)').value).toBe('');
    expect(screen.getByText('Meeting server: meet.example.com')).toBeTruthy();
  });

  it('typing updates the store; Join submits the form', async () => {
    const { runJoin, calls } = failingWith({
      kind: 'room-missing',
      message: 'Enter the name of the room to join.',
    });
    const { store } = renderWithStore(<JoinScreen config={CONFIG} />, { deps: { runJoin } });
    fireEvent.input(screen.getByLabelText('Room'), { target: { value: 'Retro' } });
    fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Bo' } });
    expect(store.getState().form).toMatchObject({ room: 'Retro', displayName: 'Bo' });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(calls).toHaveLength(1);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Enter the room nameType the name of the meeting room, then select Join.',
    );
  });

  it('offers the allow-list, and explains a linked domain outside it', () => {
    const config = { ...CONFIG, domains: ['meet.example.com', 'backup.example.com'] };
    renderWithStore(<JoinScreen config={config} />, {
      config,
      deps: { deepLink: { domain: 'evil.example' } },
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'The link points to evil.example, a meeting server this page does not use: choose one from the list below.',
    );
    const select = screen.getByLabelText<HTMLSelectElement>('Meeting server');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Choose a server',
      'meet.example.com',
      'backup.example.com',
    ]);
    expect(select.value).toBe('');
    chooseOption(select, 'backup.example.com');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('turns a 401 with a loginUrl into a Sign in action', async () => {
    const { runJoin } = failingWith({
      kind: 'endpoint-unauthorized',
      status: 401,
      message: 'You are not signed in to the site that issues meeting tokens.',
      loginUrl: 'https://sso.example/login',
    });
    const opened: string[] = [];
    const onSignIn = (url: string) => {
      opened.push(url);
      return 'navigated' as const;
    };
    renderWithStore(<JoinScreen config={CONFIG} onSignIn={onSignIn} />, {
      deps: { runJoin, deepLink: { room: 'r', name: 'n' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('h2')?.textContent).toBe('Sign in to join');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Sign in'));
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(opened).toEqual(['https://sso.example/login']);
  });

  it('Try again joins again', async () => {
    const { runJoin, calls } = failingWith({
      kind: 'endpoint-timeout',
      timeoutMs: 1000,
      message: 'The token endpoint did not answer within 1 s.',
    });
    renderWithStore(<JoinScreen config={CONFIG} />, {
      deps: { runJoin, deepLink: { room: 'r', name: 'n' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(calls).toHaveLength(2));
  });

  it('while joining, disables the fields and Join, says what is happening, and can cancel', async () => {
    const { store } = renderWithStore(<JoinScreen config={CONFIG} />, {
      deps: { deepLink: { room: 'r', name: 'n' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Joining…' }).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Connecting to meet.example.com…');
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.click(cancel);
    expect(store.getState().phase).toEqual({ status: 'idle' });
    // Cancel is gone: focus is back on Join, not lost to the page.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Join'));
  });

  it('renders hostile text in an error as text', async () => {
    const { runJoin } = failingWith({
      kind: 'endpoint-unauthorized',
      status: 403,
      message:
        'You are signed in, but not allowed to join this meeting. It said: "<img src=x onerror=alert(1)>".',
    });
    renderWithStore(<JoinScreen config={CONFIG} />, {
      deps: { runJoin, deepLink: { room: 'r', name: 'n' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    await screen.findByRole('alert');
    const notice = document.querySelector('[data-error-kind]');
    expect(notice?.querySelector('img')).toBeNull();
    expect(notice?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('with the debug panel on, shows what is inside a refused token, never the token itself', async () => {
    const token = fakeToken({ room: 'elsewhere' }, 1_780_000_000);
    const result = decodeToken(token);
    if (!result.ok) throw new Error('fake token must decode');
    const { runJoin } = failingWith({
      kind: 'token-rejected',
      message: 'The room claim does not match.',
      fix: 'Set room to "r", or "*" for any room.',
      failed: [],
      decoded: result.value,
    });
    const config = { ...CONFIG, debugPanel: true };
    const { container } = renderWithStore(<JoinScreen config={config} />, {
      config,
      deps: { runJoin, deepLink: { room: 'r', name: 'n' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('heading', { name: 'Token' })).toBeTruthy();
    expect(container.textContent).toContain('"room": "elsewhere"');
    expect(container.textContent).not.toContain(token.split('.')[2]);
  });
});
