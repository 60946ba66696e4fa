// The dom project runs its files one after another in one page and one module graph (no
// isolation: it halves the project's time). Each file finds the page as the app has it once the
// meeting screen has loaded: with preact/compat's hooks and effects right after their render
// (otherwise whichever file loaded them first would decide for every later one). Each file
// leaves the page empty, in English, with real timers and no Jitsi IFrame API loaded. Files that
// ask for the node environment have no page to restore.
import 'preact/compat';
import '../../src/screens/meeting/effects-after-render.ts';
import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach, vi } from 'vitest';
import { setLanguage } from '../../src/i18n/translate.ts';
import { forgetActiveExternalApi } from '../../src/meeting/external-api-proxy.ts';
import { forgetLoadedExternalApis } from '../../src/meeting/load-external-api.ts';

const hasPage = typeof document !== 'undefined';
const startUrl = hasPage ? location.href : '';

afterEach(() => {
  if (hasPage) cleanup();
});

afterAll(() => {
  vi.useRealTimers();
  setLanguage('en');
  forgetLoadedExternalApis();
  forgetActiveExternalApi();
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
