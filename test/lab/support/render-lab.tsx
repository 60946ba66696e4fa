import { fireEvent, render, screen } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import type { LauncherConfig } from '../../../src/config/launcher-config.ts';
import type { Output } from '../../../src/lab/clipboard.ts';
import { openKeyStore } from '../../../src/lab/key-store.ts';
import { LabScreen } from '../../../src/lab/lab-screen.tsx';
import { createLabStore, type LabStore } from '../../../src/lab/lab-store.ts';
import { meetingReader } from '../../../src/meeting/meeting-reader.ts';
import { LauncherContext } from '../../../src/store/launcher-context.ts';
import { createLauncherStore, type LauncherStore } from '../../../src/store/launcher-store.ts';
import { chooseOption } from '../../support/browser-events.ts';

export const NOW = Date.UTC(2026, 10, 30, 9, 0, 0);
export const config: LauncherConfig = {
  mode: 'local',
  domains: ['localhost:8443', 'meet.example'],
  debugPanel: true,
  scriptTimeoutMs: 15_000,
  configOverwrite: {},
  interfaceConfigOverwrite: {},
};

export function recordingOutput() {
  const copied: string[] = [];
  const downloads: { fileName: string; text: string }[] = [];
  const output: Output = {
    copy: async (text) => {
      copied.push(text);
    },
    download: (fileName, text) => downloads.push({ fileName, text }),
  };
  return { output, copied, downloads };
}

export function setup(
  presetId: 'docker-asap' | 'docker-hs256' = 'docker-asap',
  fetch?: typeof globalThis.fetch,
) {
  const lab: LabStore = createLabStore({
    keyStore: openKeyStore(new IDBFactory(), 'lab'),
    now: () => NOW,
    target: { domain: 'localhost:8443', room: 'Daily Standup' },
    presetId,
    devKeyServer: 'http://host.docker.internal:5173/asap',
  });
  const launcher: LauncherStore = createLauncherStore({
    names: { load: () => '', save: () => undefined },
    runJoin: () => {
      throw new Error('no join in this test');
    },
    meeting: meetingReader,
  });
  const { output, copied, downloads } = recordingOutput();
  render(
    <LauncherContext.Provider value={launcher}>
      <LabScreen
        config={config}
        lab={lab}
        output={output}
        now={() => NOW}
        launcherUrl="http://localhost:5173/"
        {...(fetch === undefined ? {} : { fetch })}
      />
    </LauncherContext.Provider>,
  );
  return { lab, launcher, copied, downloads };
}

export function input(label: string | RegExp): HTMLInputElement | HTMLTextAreaElement {
  const element = screen.getByLabelText(label);
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element;
  throw new Error(`${String(label)} is not a text field`);
}

/** Picks `value` in the select labelled `label`. */
export function choose(label: string, value: string) {
  const select = screen.getByLabelText(label);
  if (!(select instanceof HTMLSelectElement)) throw new Error(`${label} is not a select`);
  chooseOption(select, value);
}

export function type(label: string | RegExp, value: string) {
  fireEvent.input(input(label), { target: { value } });
}
