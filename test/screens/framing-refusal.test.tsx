import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.tsx';
import { messages as germanLater } from '../../src/i18n/messages/de/later.ts';
import { addMessages, setLanguage } from '../../src/i18n/translate.ts';
import type { RunJoin } from '../../src/meeting/join-flow.ts';
import { FramingRefusal, ownTabUrl } from '../../src/screens/framing/framing-refusal.tsx';
import { CONFIG, renderWithStore } from './render-app.tsx';

afterEach(cleanup);

const EVIL = {
  framed: true,
  ancestorOrigins: ['https://evil.example'],
  referrer: '',
  origin: 'https://launcher.example',
};

describe('the launcher in a frame', () => {
  it('refuses to show the join screen in a page not allowed to frame it, and never joins', async () => {
    let joins = 0;
    const runJoin: RunJoin = () => {
      joins += 1;
      return new Promise(() => undefined);
    };
    const { store } = renderWithStore(<App />, {
      deps: {
        framing: EVIL,
        runJoin,
        deepLink: { room: 'attacker-room', name: 'Victim', autoJoin: true },
      },
    });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty(
      'textContent',
      'This meeting service cannot be used inside this page',
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'It is shown inside https://evil.example, and it is not set up to be part of other pages. A page that hides the meeting service could make one click join a meeting in your name.',
    );
    expect(screen.queryByRole('button', { name: 'Join' })).toBeNull();
    await store.getState().join();
    expect(joins).toBe(0);
    expect(store.getState().phase).toEqual({ status: 'idle' });
    const link = screen.getByRole('link', { name: 'Open the meeting service in its own tab' });
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('shows the join screen when not framed', async () => {
    renderWithStore(<App />, { config: CONFIG });
    expect(await screen.findByRole('button', { name: 'Join' })).toBeTruthy();
  });

  it('opens its own tab without autojoin, keeping the rest of the link', () => {
    expect(ownTabUrl('https://launcher.example/app/?room=r&autojoin=1&name=Ann')).toBe(
      'https://launcher.example/app/?room=r&name=Ann',
    );
  });

  it('in German, a page the browser does not name: "welche" for the feminine Seite', () => {
    addMessages('de', germanLater);
    setLanguage('de');
    try {
      render(
        <FramingRefusal
          verdict={{ allowed: false, reason: 'parent-unknown' }}
          href="https://launcher.example/"
        />,
      );
      expect(screen.getByRole('alert').textContent).toBe(
        'Er wird innerhalb einer anderen Seite angezeigt, und dieser Browser verrät nicht, welche; daher lässt sich nicht prüfen, ob sie ihn anzeigen darf. Eine Seite, die den Besprechungsdienst versteckt, könnte mit einem Klick in Ihrem Namen einer Besprechung beitreten.',
      );
    } finally {
      setLanguage('en');
    }
  });
});
