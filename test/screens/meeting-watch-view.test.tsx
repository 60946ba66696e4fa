import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/types.ts';
import { messages as germanLater } from '../../src/i18n/messages/de/later.ts';
import { addMessages, setLanguage } from '../../src/i18n/translate.ts';
import type { ExternalApiListener } from '../../src/meeting/external-api.ts';
import type { JoinError } from '../../src/meeting/join-error.ts';
import type { ReadyJoin } from '../../src/meeting/join-flow.ts';
import { DebugPanel } from '../../src/screens/debug/debug-panel.tsx';
import { MeetingNotice } from '../../src/screens/meeting/meeting-notice.tsx';
import { MeetingWatchView } from '../../src/screens/meeting/meeting-watch-view.tsx';
import { LauncherContext } from '../../src/store/launcher-context.ts';
import { fakeToken } from '../e2e/fixtures/fake-token.ts';
import { decodedToken } from '../support/decoded-token.ts';
import { renderWithStore } from './render-app.tsx';

const NOW_S = 1_780_000_000;
const EXP = NOW_S + 3600;

afterEach(() => {
  cleanup();
  setLanguage('en');
});

function readyJoin(claims: Parameters<typeof fakeToken>[0]): Result<ReadyJoin, JoinError> {
  const token = fakeToken({ exp: EXP, ...claims }, NOW_S);
  return {
    ok: true,
    value: {
      request: { room: 'Daily Standup', displayName: 'Ann', domain: 'meet.example.com' },
      token,
      decoded: decodedToken(token),
      activate: () => undefined,
    },
  };
}

/** A store in a meeting, its frame's API in the test's hands, and the watch view rendered. */
async function inMeeting(
  claims: Parameters<typeof fakeToken>[0] = {},
  answers: Array<Result<ReadyJoin, JoinError>> = [],
  nowS = NOW_S,
) {
  const queue = [readyJoin(claims), ...answers];
  const { store } = renderWithStore(<p>page</p>, {
    deps: {
      runJoin: async () => queue.shift() ?? readyJoin(claims),
      now: () => nowS * 1000,
    },
  });
  store.getState().setField('room', 'Daily Standup');
  store.getState().setField('displayName', 'Ann');
  await store.getState().join();
  const phase = store.getState().phase;
  if (phase.status !== 'in-meeting') throw new Error(phase.status);
  cleanup();
  const listeners = new Map<string, ExternalApiListener>();
  store.getState().apiReady({
    addListener: (event, listener) => listeners.set(event, listener),
    removeListener: (event) => listeners.delete(event),
    dispose: () => undefined,
  });
  render(
    <LauncherContext.Provider value={store}>
      <MeetingWatchView meeting={phase.meeting} now={() => nowS * 1000} />
    </LauncherContext.Provider>,
  );
  const emit = (event: string, payload?: unknown) =>
    act(() => {
      listeners.get(event)?.(payload);
    });
  return { store, emit };
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const problem = () => document.querySelector('[data-meeting-problem]');
const details = () =>
  [...document.querySelectorAll('.error-notice__details li')].map((li) => li.textContent);

describe('the meeting in the launcher’s words', () => {
  it('says nothing while joining and in the meeting', async () => {
    const { emit } = await inMeeting();
    expect(problem()).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
    emit('videoConferenceJoined', { id: 'me' });
    expect(problem()).toBeNull();
  });

  it('waits in the lobby, with the role asked in the details', async () => {
    const { emit } = await inMeeting({ context: { user: { moderator: true } } });
    emit('errorOccurred', {
      error: { name: 'conference.connectionError.membersOnly', type: 'CONFERENCE', isFatal: false },
    });
    expect(problem()?.getAttribute('data-meeting-problem')).toBe('waiting-lobby');
    expect(problem()?.firstElementChild?.getAttribute('role')).toBe('status');
    expect(screen.getByText('Waiting in the lobby')).toBeTruthy();
    expect(
      screen.getByText('This meeting has a lobby: a moderator lets you in. Please wait here.'),
    ).toBeTruthy();
    expect(details()).toEqual([
      "The meeting reported conference.connectionError.membersOnly: the room's lobby is on, and this token does not let its holder skip it.",
      'Role asked: moderator (context.user.moderator: true). Role granted: not reported yet.',
    ]);
    expect(screen.queryByRole('button', { name: 'Rejoin' })).toBeNull();
  });

  it('speaks the user’s language, keeping the administrator’s details in English', async () => {
    addMessages('de', germanLater);
    setLanguage('de');
    const { emit } = await inMeeting();
    emit('errorOccurred', {
      error: { name: 'conference.connectionError.accessDenied', isFatal: false },
    });
    expect(screen.getByText('Nicht hereingelassen')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Erneut teilnehmen' })).toBeTruthy();
    expect(details()[0]).toBe('The meeting reported conference.connectionError.accessDenied.');
  });

  it('waits for the host and for a room password', async () => {
    const { emit } = await inMeeting();
    emit('errorOccurred', { error: { name: 'conference.authenticationRequired', isFatal: false } });
    expect(screen.getByText('Waiting for the host')).toBeTruthy();
    expect(
      screen.getByText('The meeting starts when a moderator joins. Please wait here.'),
    ).toBeTruthy();
    emit('passwordRequired');
    expect(screen.getByText('This meeting has a password')).toBeTruthy();
  });

  it('refused at login: the prediction beside the server’s reason, and Rejoin', async () => {
    const { emit } = await inMeeting();
    emit('errorOccurred', {
      error: {
        name: 'connection.passwordRequired',
        message: "invalid 'iss' claim",
        type: 'CONNECTION',
        isFatal: false,
      },
    });
    expect(problem()?.firstElementChild?.getAttribute('role')).toBe('alert');
    expect(screen.getByText('The meeting server did not accept your pass')).toBeTruthy();
    expect(details()).toEqual([
      `The meeting reported connection.passwordRequired: "invalid 'iss' claim" (CONNECTION).`,
      `The launcher predicted the server would accept this token; the server refused it at login with "invalid 'iss' claim".`,
      'At login the server also checks what the launcher cannot see here: the signature (app_secret or the asap_key_server key) and any issuer, audience or other setting that config.json\'s "server" does not state.',
      'Role asked: nothing stated (no moderator claim). Role granted: not reported yet.',
    ]);
    expect(screen.getByRole('button', { name: 'Rejoin' })).toBeTruthy();
  });

  it('refused at the room: the claims the server compared', async () => {
    const { emit } = await inMeeting({ room: 'daily standup', sub: 'meet.example.com' });
    emit('errorOccurred', {
      error: { name: 'conference.connectionError.notAllowed', type: 'CONFERENCE', isFatal: false },
    });
    expect(screen.getByText('Not allowed into this room')).toBeTruthy();
    expect(details().slice(1, 3)).toEqual([
      'The launcher predicted the server would accept this token; the server refused it at the room with "conference.connectionError.notAllowed".',
      'The room join compares the room claim ("daily standup") with the room "daily%20standup", and sub ("meet.example.com") with the XMPP domain (docker-jitsi-meet: meet.jitsi), not the public host name, or "*". With enable_domain_verification off on the server, sub is not compared.',
    ]);
  });

  it('shows the one-line notice while rejoining, and nothing once the fresh frame joined', async () => {
    const { store, emit } = await inMeeting({}, [], EXP + 120);
    emit('videoConferenceJoined', { id: 'me' });
    emit('errorOccurred', {
      error: { name: 'connection.droppedError', type: 'CONNECTION', isFatal: true },
    });
    expect(screen.getByRole('status').textContent).toBe('Reconnecting with a fresh pass…');
    await settle();
    expect(store.getState().rejoinState).toEqual({ status: 'rejoined', count: 1 });
    expect(screen.getByRole('status').textContent).toBe('Reconnecting with a fresh pass…');
    const fresh = new Map<string, ExternalApiListener>();
    store.getState().apiReady({
      addListener: (event, listener) => fresh.set(event, listener),
      dispose: () => undefined,
    });
    act(() => fresh.get('videoConferenceJoined')?.({ id: 'me-again' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says plainly when no fresh token came, with Rejoin', async () => {
    const { emit } = await inMeeting({}, [
      {
        ok: false,
        error: { kind: 'endpoint-network', message: 'The token service did not answer.' },
      },
    ]);
    emit('errorOccurred', { error: { name: 'connection.token_expired', isFatal: false } });
    await settle();
    expect(screen.getByText('Could not reconnect')).toBeTruthy();
    expect(
      screen.getByText(
        'Your pass to the meeting expired, and no fresh one came (Could not connect).',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rejoin' })).toBeTruthy();
  });

  it('copies the details for the administrator', async () => {
    const copied: string[] = [];
    render(
      <MeetingNotice
        problem={{
          kind: 'refused-full',
          title: 'The meeting is full',
          message: 'The meeting has reached its limit of participants.',
          details: ['The meeting reported conference.max_users.'],
          action: 'rejoin',
        }}
        onRejoin={() => undefined}
        copy={async (text) => {
          copied.push(text);
        }}
      />,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    });
    expect(copied).toEqual([
      'The meeting is full\nThe meeting has reached its limit of participants.\n\nThe meeting reported conference.max_users.',
    ]);
    expect(
      screen.getByText('Copied. Paste the details into your message to your administrator.'),
    ).toBeTruthy();
  });
});

describe('where to get help', () => {
  const support = { text: 'IT help desk, ext. 1234', url: 'mailto:help@example.com' };
  const show = (kind: 'refused-full' | 'waiting-lobby') =>
    render(
      <MeetingNotice
        problem={{ kind, title: 'T', message: 'M.', details: [], action: 'none' }}
        onRejoin={() => undefined}
        support={support}
      />,
    );

  it('a refusal names the help desk, as the join page does', () => {
    show('refused-full');
    expect(document.querySelector('.error-notice__support')?.textContent).toBe(
      'Need help? IT help desk, ext. 1234',
    );
    expect(screen.getByRole('link', { name: 'IT help desk, ext. 1234' }).getAttribute('href')).toBe(
      'mailto:help@example.com',
    );
  });

  it('a wait does not: there is nothing to ask for yet', () => {
    show('waiting-lobby');
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('the debug panel in a meeting', () => {
  it('shows the role asked beside the role granted, what explains the difference, and what happens at expiry', () => {
    const token = fakeToken({ exp: EXP, context: { user: { affiliation: 'member' } } }, NOW_S);
    render(
      <DebugPanel decoded={decodedToken(token)} now={() => NOW_S * 1000} grantedRole="moderator" />,
    );
    expect(
      screen.getByText(
        'The meeting goes on; a reconnection after this time needs a fresh token, which the launcher will fetch.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('participant (context.user.affiliation: "member")')).toBeTruthy();
    expect(screen.getByText('moderator')).toBeTruthy();
    expect(
      screen.getByText(/^Stock Jicofo makes every user who logs in with a token a moderator/),
    ).toBeTruthy();
  });

  it('says the role is not reported yet, and shows no expiry line outside a meeting', () => {
    const token = fakeToken({ exp: EXP }, NOW_S);
    const { unmount } = render(
      <DebugPanel decoded={decodedToken(token)} now={() => NOW_S * 1000} grantedRole={null} />,
    );
    expect(screen.getByText('not reported yet')).toBeTruthy();
    unmount();
    render(<DebugPanel decoded={decodedToken(token)} now={() => NOW_S * 1000} />);
    expect(screen.queryByText(/a reconnection after this time/)).toBeNull();
  });
});
