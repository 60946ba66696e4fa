import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.tsx';
import { decodeToken } from '../../src/core/decode-token.ts';
import type { JsonObject, Result } from '../../src/core/types.ts';
import { activateExternalApi } from '../../src/meeting/external-api-proxy.ts';
import type { JoinError } from '../../src/meeting/join-error.ts';
import type { ReadyJoin, RunJoin } from '../../src/meeting/join-flow.ts';
import { deepClaimToken } from '../e2e/fixtures/fake-token.ts';
import { CONFIG, renderWithStore } from './render-app.tsx';

afterEach(cleanup);

interface Made {
  domain: string;
  options: object;
  disposed: number;
  listeners: Map<string, () => void>;
}

/** Stands in for a domain's JitsiMeetExternalAPI: records what the SDK builds. */
function fakeExternalApi() {
  const made: Made[] = [];
  class FakeExternalApi {
    record: Made;
    constructor(domain: string, options: object) {
      this.record = { domain, options, disposed: 0, listeners: new Map() };
      made.push(this.record);
    }
    on(event: string, listener: () => void) {
      this.record.listeners.set(event, listener);
    }
    dispose() {
      this.record.disposed += 1;
    }
  }
  return { made, FakeExternalApi };
}

function joiningWith(tokens: string[], decodedPayload?: () => JsonObject): RunJoin {
  return async (_config, form): Promise<Result<ReadyJoin, JoinError>> => {
    const token = tokens.shift() ?? 'none';
    const payload = decodedPayload?.() ?? { room: '*' };
    return {
      ok: true,
      value: {
        request: {
          room: form.room,
          displayName: form.displayName,
          email: form.email,
          domain: form.domain,
          tenant: 'sales',
        },
        token,
        decoded: {
          raw: token,
          header: { alg: 'HS256' },
          payload,
          signature: 's',
          signingInput: 'h.p',
        },
        activate: () => undefined,
      },
    };
  };
}

describe('App', () => {
  it('embeds the meeting with the token, then Leave disposes it and rejoin uses a fresh token', async () => {
    const { made, FakeExternalApi } = fakeExternalApi();
    activateExternalApi(FakeExternalApi);
    renderWithStore(<App />, {
      config: { ...CONFIG, configOverwrite: { startWithAudioMuted: true } },
      deps: {
        runJoin: joiningWith(['jwt-1', 'jwt-2']),
        deepLink: { room: 'Daily Standup', name: 'Ann', email: 'ann@example.com' },
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(made).toHaveLength(1));
    expect(made[0]?.domain).toBe('meet.example.com');
    expect(made[0]?.options).toMatchObject({
      roomName: 'sales/Daily Standup',
      jwt: 'jwt-1',
      userInfo: { displayName: 'Ann', email: 'ann@example.com' },
      configOverwrite: { startWithAudioMuted: true },
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Daily Standup on meet.example.com',
    );
    // The Join button is gone: focus is on the meeting's name, not lost to the page.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(made[0]?.disposed).toBe(1);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'You left Daily Standup',
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Rejoin'));
    fireEvent.click(screen.getByRole('button', { name: 'Rejoin' }));
    await waitFor(() => expect(made).toHaveLength(2));
    expect(Reflect.get(made[1]?.options ?? {}, 'jwt')).toBe('jwt-2');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })),
    );
    expect(Reflect.get(made[1]?.options ?? {}, 'roomName')).toBe('sales/Daily Standup');
  });

  it('after Leave, "Join another room" shows the form with an empty room, focused', async () => {
    const { FakeExternalApi } = fakeExternalApi();
    activateExternalApi(FakeExternalApi);
    renderWithStore(<App />, {
      deps: { runJoin: joiningWith(['jwt-1']), deepLink: { room: 'Retro', name: 'Ann' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Leave' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Join another room' }));
    const room = screen.getByLabelText<HTMLInputElement>('Room');
    expect(room.value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Your name').value).toBe('Ann');
    expect(document.activeElement).toBe(room);
  });

  it('sets the page title to ROOM · TITLE in a meeting, "You left ROOM · TITLE" after, and puts it back', async () => {
    const { FakeExternalApi } = fakeExternalApi();
    activateExternalApi(FakeExternalApi);
    document.title = 'Acme Meetings';
    renderWithStore(<App />, {
      config: { ...CONFIG, brand: { title: 'Acme Meetings' } },
      deps: { runJoin: joiningWith(['jwt-1']), deepLink: { room: 'Daily Standup', name: 'n' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(document.title).toBe('Daily Standup · Acme Meetings'));
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(document.title).toBe('You left Daily Standup · Acme Meetings'));
    fireEvent.click(screen.getByRole('button', { name: 'Join another room' }));
    await waitFor(() => expect(document.title).toBe('Acme Meetings'));
  });

  it('"ready to close" says the user left, with Rejoin', async () => {
    const { made, FakeExternalApi } = fakeExternalApi();
    activateExternalApi(FakeExternalApi);
    renderWithStore(<App />, {
      deps: { runJoin: joiningWith(['jwt-1']), deepLink: { room: 'r', name: 'n' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(made[0]?.listeners.has('readyToClose')).toBe(true));
    made[0]?.listeners.get('readyToClose')?.();
    expect(await screen.findByRole('button', { name: 'Rejoin' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('You left r');
    expect(made[0]?.disposed).toBe(1);
  });

  it('shows the debug panel in a drawer beside the meeting; its button closes it, opens it with the focus on its heading, and Escape closes it again', async () => {
    const { FakeExternalApi } = fakeExternalApi();
    activateExternalApi(FakeExternalApi);
    renderWithStore(<App />, {
      config: { ...CONFIG, debugPanel: true },
      deps: { runJoin: joiningWith(['jwt-1']), deepLink: { room: 'r', name: 'n' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    await screen.findByRole('heading', { name: 'Token' });
    const toggle = screen.getByRole('button', { name: 'Token' });
    // happy-dom's window is 1024 px wide: the drawer starts open beside the meeting.
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('heading', { name: 'Token' })).toBeNull();
    fireEvent.click(toggle);
    const heading = screen.getByRole('heading', { name: 'Token' });
    expect(document.activeElement).toBe(heading);
    const drawer = document.getElementById('meeting-drawer');
    fireEvent.keyDown(heading, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(drawer?.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
  });

  it('a token nested 5,000 deep keeps the meeting, its Leave button and a readable panel', async () => {
    const { made, FakeExternalApi } = fakeExternalApi();
    activateExternalApi(FakeExternalApi);
    const deep = decodeToken(deepClaimToken(5000, 1_780_000_000));
    if (!deep.ok) throw new Error(deep.error.message);
    renderWithStore(<App />, {
      config: { ...CONFIG, debugPanel: true },
      deps: {
        runJoin: joiningWith(['jwt-1'], () => deep.value.payload),
        deepLink: { room: 'r', name: 'n' },
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('heading', { name: 'Token' })).toBeTruthy();
    expect(screen.getByText((text) => text.includes('(Nested deeper than 32 levels'))).toBeTruthy();
    await waitFor(() => expect(made).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(made[0]?.disposed).toBe(1);
  });

  it('a debug panel that throws leaves the meeting and its Leave button in place', async () => {
    const { made, FakeExternalApi } = fakeExternalApi();
    activateExternalApi(FakeExternalApi);
    const hostile = (): JsonObject => {
      const payload: JsonObject = {};
      Object.defineProperty(payload, 'claim', {
        enumerable: true,
        get: () => {
          throw new Error('unreadable');
        },
      });
      return payload;
    };
    renderWithStore(<App />, {
      config: { ...CONFIG, debugPanel: true },
      deps: { runJoin: joiningWith(['jwt-1'], hostile), deepLink: { room: 'r', name: 'n' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(
      await screen.findByText('The token panel could not be shown; the meeting goes on.'),
    ).toBeTruthy();
    await waitFor(() => expect(made).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(made[0]?.disposed).toBe(1);
  });

  it('a meeting script that throws leaves the launcher usable', async () => {
    class ThrowingApi {
      constructor() {
        throw new Error('boom from external_api.js');
      }
      dispose() {}
    }
    activateExternalApi(ThrowingApi);
    renderWithStore(<App />, {
      deps: { runJoin: joiningWith(['jwt-1']), deepLink: { room: 'r', name: 'n' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The meeting could not start. Select Leave, then Rejoin.');
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('button', { name: 'Rejoin' })).toBeTruthy();
  });

  it('disposes the IFrame API when the meeting screen goes away by any path', async () => {
    const { made, FakeExternalApi } = fakeExternalApi();
    activateExternalApi(FakeExternalApi);
    const { unmount } = renderWithStore(<App />, {
      deps: { runJoin: joiningWith(['jwt-1']), deepLink: { room: 'r', name: 'n' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(made).toHaveLength(1));
    unmount();
    // Preact runs an unmounted effect's cleanup right after the unmount, not within it.
    await waitFor(() => expect(made[0]?.disposed).toBe(1));
  });
});
