import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../src/lab/inspector.tsx';
import { openKeyStore } from '../../src/lab/key-store.ts';
import { createLabStore } from '../../src/lab/lab-store.ts';
import { deepClaimToken, fakeToken } from '../e2e/fixtures/fake-token.ts';

const NOW_S = 1_780_000_000;

afterEach(cleanup);

const output = { copy: async () => undefined, download: () => undefined };

function payloadShown(): string {
  return document.querySelectorAll('.debug-panel pre')[1]?.textContent ?? '';
}

describe('Inspector', () => {
  it("shows the next token's claims after a token nested 5,000 deep, never the previous ones", () => {
    const lab = createLabStore({
      keyStore: openKeyStore(new IDBFactory(), 'lab'),
      now: () => NOW_S * 1000,
      target: { domain: 'localhost:8443', room: 'LabTest' },
    });
    render(<Inspector lab={lab} output={output} now={() => NOW_S * 1000} />);
    const field = screen.getByLabelText('Token to inspect');
    fireEvent.input(field, { target: { value: fakeToken({ name: 'First Person' }, NOW_S) } });
    expect(payloadShown()).toContain('"name": "First Person"');
    fireEvent.input(field, { target: { value: deepClaimToken(5000, NOW_S) } });
    expect(payloadShown()).not.toContain('First Person');
    expect(payloadShown()).toContain('"deep": [');
    fireEvent.input(field, { target: { value: fakeToken({ name: 'Second Person' }, NOW_S) } });
    expect(payloadShown()).toContain('"name": "Second Person"');
  });
});
