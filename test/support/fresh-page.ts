// The dom project runs its files one after another in one page and one module graph (no
// isolation: it halves the project's time). Each file leaves the page as it found it. Files
// that ask for the node environment have no page to restore.
import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach, vi } from 'vitest';
import { setLanguage } from '../../src/i18n/translate.ts';

const hasPage = typeof document !== 'undefined';
const startUrl = hasPage ? location.href : '';

afterEach(() => {
  if (hasPage) cleanup();
});

afterAll(() => {
  vi.useRealTimers();
  setLanguage('en');
  if (!hasPage) return;
  document.body.replaceChildren();
  document.title = '';
  for (const name of document.documentElement.getAttributeNames()) {
    document.documentElement.removeAttribute(name);
  }
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', startUrl);
});
