import { afterEach, describe, expect, it, vi } from 'vitest';
import { isFramed, signIn, watchReturn } from '../../src/screens/errors/sign-in.ts';

afterEach(() => {
  vi.useRealTimers();
});

/** A window stand-in: its own top (or not), open() and focus events. */
function fakeWindow(framed: boolean, popup: { closed: boolean } | null) {
  const target = new EventTarget();
  const opened: string[] = [];
  const assigned: string[] = [];
  const win = {
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
    location: { assign: (url: string) => assigned.push(url) },
    open: (url: string) => {
      opened.push(url);
      return popup;
    },
  };
  Object.assign(win, { self: win, top: framed ? {} : win });
  return { win: win as unknown as Window, opened, assigned, target };
}

describe('sign-in', () => {
  it('at the top level, goes to the sign-in page itself', () => {
    const { win, opened, assigned } = fakeWindow(false, null);
    expect(isFramed(win)).toBe(false);
    expect(signIn('https://sso.example/login', () => undefined, win)).toBe('navigated');
    expect(assigned).toEqual(['https://sso.example/login']);
    expect(opened).toEqual([]);
  });

  it('in a frame, opens a popup and asks again when the popup closes', () => {
    vi.useFakeTimers();
    const popup = { closed: false };
    const { win, opened, assigned } = fakeWindow(true, popup);
    const returns: number[] = [];
    expect(signIn('https://sso.example/login', () => returns.push(1), win)).toBe('popup');
    expect(opened).toEqual(['https://sso.example/login']);
    expect(assigned).toEqual([]);
    vi.advanceTimersByTime(2000);
    expect(returns).toEqual([]);
    popup.closed = true;
    vi.advanceTimersByTime(500);
    win.dispatchEvent(new Event('focus'));
    vi.advanceTimersByTime(2000);
    expect(returns).toEqual([1]);
  });

  it('asks at the first focus back while the popup is open, and once more when it closes', () => {
    vi.useFakeTimers();
    const popup = { closed: false };
    const { win } = fakeWindow(true, popup);
    const returns: number[] = [];
    signIn('https://sso.example/login', () => returns.push(returns.length + 1), win);
    win.dispatchEvent(new Event('focus'));
    win.dispatchEvent(new Event('focus'));
    expect(returns).toEqual([1]);
    popup.closed = true;
    vi.advanceTimersByTime(500);
    vi.advanceTimersByTime(2000);
    expect(returns).toEqual([1, 2]);
  });

  it('with popups blocked, asks again when the page gets focus back', () => {
    vi.useFakeTimers();
    const { win } = fakeWindow(true, null);
    const returns: number[] = [];
    expect(signIn('https://sso.example/login', () => returns.push(1), win)).toBe('blocked');
    vi.advanceTimersByTime(5000);
    expect(returns).toEqual([]);
    win.dispatchEvent(new Event('focus'));
    win.dispatchEvent(new Event('focus'));
    expect(returns).toEqual([1]);
  });

  it('stops watching when told', () => {
    vi.useFakeTimers();
    const { win } = fakeWindow(true, null);
    const returns: number[] = [];
    const stop = watchReturn(null, () => returns.push(1), win);
    stop();
    win.dispatchEvent(new Event('focus'));
    expect(returns).toEqual([]);
  });
});
