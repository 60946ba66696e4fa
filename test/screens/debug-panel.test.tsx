import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DebugPanel } from '../../src/screens/debug/debug-panel.tsx';
import { deepClaimToken, fakeToken } from '../e2e/fixtures/fake-token.ts';
import { decodedToken } from '../support/decoded-token.ts';

const NOW_S = 1_780_000_000;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('DebugPanel', () => {
  it('shows header and payload as JSON, and the times relative to now', () => {
    const token = fakeToken({ exp: NOW_S + 3480, room: 'r' }, NOW_S);
    render(<DebugPanel decoded={decodedToken(token)} now={() => NOW_S * 1000} />);
    expect(screen.getByText('Expires in 58 min 00 s')).toBeTruthy();
    expect(screen.getByText((text) => text.includes('"typ": "JWT"'))).toBeTruthy();
    expect(screen.getByText(/expires in 58 min/)).toBeTruthy();
    expect(screen.getByText(/valid since 10 s ago/)).toBeTruthy();
  });

  it("writes dates and relative times in the launcher's language, its own words in English", () => {
    const token = fakeToken({ exp: NOW_S + 3480, room: 'r' }, NOW_S);
    const { container } = render(
      <DebugPanel decoded={decodedToken(token)} now={() => NOW_S * 1000} language="de" />,
    );
    const german = [...container.querySelectorAll('span[lang="de"]')].map(
      (span) => span.textContent,
    );
    expect(german).toHaveLength(3);
    for (const text of german) expect(text).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2} \(/);
    expect(german.map((text) => text?.replace(/^.* \(/, '('))).toEqual([
      '(in 58 Minuten)',
      '(vor 10 Sekunden)',
      '(jetzt)',
    ]);
    expect(container.querySelector('aside')?.getAttribute('lang')).toBe('en');
    expect(screen.getByText('Expires in 58 min 00 s')).toBeTruthy();
  });

  it("shows a time claim out of Date's range as the raw number instead of crashing", () => {
    const token = fakeToken({ iat: 1e300, nbf: -9e12, exp: NOW_S + 60 }, NOW_S);
    render(<DebugPanel decoded={decodedToken(token)} now={() => NOW_S * 1000} />);
    expect(screen.getByText('1e+300 (not a date: out of range)')).toBeTruthy();
    expect(screen.getByText('-9000000000000 (not a date: out of range)')).toBeTruthy();
    expect(screen.getByText(/expires in 1 min/)).toBeTruthy();
    expect(document.querySelectorAll('time')).toHaveLength(1);
  });

  it('counts down every second', () => {
    vi.useFakeTimers();
    let now = NOW_S * 1000;
    render(
      <DebugPanel decoded={decodedToken(fakeToken({ exp: NOW_S + 90 }, NOW_S))} now={() => now} />,
    );
    expect(screen.getByText('Expires in 1 min 30 s')).toBeTruthy();
    now += 31_000;
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByText('Expires in 0 min 59 s')).toBeTruthy();
  });

  it('copies the token without its signature', async () => {
    const token = fakeToken({}, NOW_S);
    const copied: string[] = [];
    render(
      <DebugPanel
        decoded={decodedToken(token)}
        now={() => NOW_S * 1000}
        copy={async (text) => {
          copied.push(text);
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy without signature' }));
    expect(
      await screen.findByText('Copied the header and payload; the signature was left out.'),
    ).toBeTruthy();
    expect(copied).toEqual([token.split('.').slice(0, 2).join('.')]);
  });

  it('says so when copying is refused', async () => {
    render(
      <DebugPanel
        decoded={decodedToken(fakeToken({}, NOW_S))}
        now={() => NOW_S * 1000}
        copy={() => Promise.reject(new Error('denied'))}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy without signature' }));
    expect(
      await screen.findByText('Could not copy here: select the JSON below instead.'),
    ).toBeTruthy();
  });

  it('says so when the page has no clipboard, instead of throwing in the click', async () => {
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      render(<DebugPanel decoded={decodedToken(fakeToken({}, NOW_S))} now={() => NOW_S * 1000} />);
      fireEvent.click(screen.getByRole('button', { name: 'Copy without signature' }));
      expect(
        await screen.findByText('Could not copy here: select the JSON below instead.'),
      ).toBeTruthy();
    } finally {
      if (clipboard === undefined) Reflect.deleteProperty(navigator, 'clipboard');
      else Object.defineProperty(navigator, 'clipboard', clipboard);
    }
  });

  it('shows a claim nested 5,000 deep within limits instead of throwing', () => {
    const { container } = render(
      <DebugPanel decoded={decodedToken(deepClaimToken(5000, NOW_S))} now={() => NOW_S * 1000} />,
    );
    const payload = container.querySelectorAll('pre')[1]?.textContent ?? '';
    expect(payload).toContain('"deep": [');
    expect(payload).toContain('[…]');
    expect(payload.endsWith('(Nested deeper than 32 levels: shown as […] or {…}.)')).toBe(true);
    expect(payload.length).toBeLessThan(5000);
  });

  it('does not rebuild the JSON when the countdown ticks', () => {
    vi.useFakeTimers();
    const stringify = vi.spyOn(JSON, 'stringify');
    let now = NOW_S * 1000;
    render(
      <DebugPanel decoded={decodedToken(fakeToken({ exp: NOW_S + 90 }, NOW_S))} now={() => now} />,
    );
    const calls = stringify.mock.calls.length;
    now += 3000;
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(screen.getByText('Expires in 1 min 27 s')).toBeTruthy();
    expect(stringify.mock.calls.length).toBe(calls);
    stringify.mockRestore();
  });

  it('renders HTML in claims as inert text', () => {
    const { container } = render(
      <DebugPanel
        decoded={decodedToken(fakeToken({ name: '<img src=x onerror=alert(1)>' }, NOW_S))}
        now={() => NOW_S * 1000}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says something sensible for an exp of 1e308, or one JSON turns into Infinity', () => {
    const { unmount } = render(
      <DebugPanel
        decoded={decodedToken(fakeToken({ exp: 1e308 }, NOW_S))}
        now={() => NOW_S * 1000}
      />,
    );
    expect(screen.getByText('Expires in more than 10,000 years')).toBeTruthy();
    expect(screen.getByText('1e+308 (not a date: out of range)')).toBeTruthy();
    unmount();
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    const infinite = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64('{"exp":-1e400}')}.sig`;
    render(<DebugPanel decoded={decodedToken(infinite)} now={() => NOW_S * 1000} />);
    expect(screen.getByText('Expired more than 10,000 years ago')).toBeTruthy();
    expect(screen.getByText('beyond ±1.8e308 (not a date: out of range)')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|Invalid Date/);
  });
});
