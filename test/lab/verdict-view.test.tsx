import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/types.ts';
import { VerdictView } from '../../src/lab/verdict-view.tsx';

const verdict: Verdict = {
  login: { ok: true },
  join: { ok: false, reason: 'Room and token mismatched' },
  checks: [
    {
      id: 'typ',
      stage: 'login',
      status: 'pass',
      title: 'Token type (typ)',
      message: 'typ is JWT.',
    },
    {
      id: 'room',
      stage: 'join',
      status: 'fail',
      title: 'Room name matches',
      serverReason: 'Room and token mismatched',
      message: 'The room claim is "daily standup"; the server compares "daily%20standup".',
      fix: 'Set room to daily%20standup.',
      claim: 'room',
    },
    {
      id: 'context',
      stage: 'client',
      status: 'warn',
      title: 'context present',
      message: '<img src=x onerror=alert(1)>',
    },
  ],
};

afterEach(cleanup);

describe('VerdictView', () => {
  it('shows both stages, and each failing check with the server reason and the fix', () => {
    render(<VerdictView verdict={verdict} id="v" />);
    expect(screen.getByText('Login: accepted')).toBeTruthy();
    expect(screen.getByText('Room join: refused (Room and token mismatched)')).toBeTruthy();
    const failing = document.querySelector('[data-check="room"]');
    if (!(failing instanceof HTMLElement)) throw new Error('no room check');
    expect(within(failing).getByText('Room and token mismatched').tagName).toBe('CODE');
    expect(within(failing).getByText('Fix: Set room to daily%20standup.')).toBeTruthy();
    expect(failing.dataset.status).toBe('fail');
  });

  it('renders hostile text as text', () => {
    render(<VerdictView verdict={verdict} id="v" />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('keeps passing checks under a summary', () => {
    render(<VerdictView verdict={verdict} id="v" />);
    expect(screen.getByText('All 3 checks')).toBeTruthy();
    expect(screen.getByText('typ is JWT.')).toBeTruthy();
  });
});
