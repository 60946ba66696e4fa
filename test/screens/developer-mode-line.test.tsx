import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabScreenProps } from '../../src/lab/lab-screen.tsx';
import {
  DeveloperModeLine,
  withDeveloperModeLine,
} from '../../src/screens/local/developer-mode-line.tsx';
import { CONFIG } from './render-app.tsx';

afterEach(cleanup);

const LINE = 'Developer mode: tokens are signed in this browser (config.json has "mode": "local").';

describe('DeveloperModeLine', () => {
  it('says local mode is on when served from a host other than this machine', () => {
    render(<DeveloperModeLine hostname="meet-launcher.intranet.example" />);
    expect(screen.getByRole('note').textContent).toBe(LINE);
  });

  it('says nothing on localhost, 127.0.0.1 or [::1]', () => {
    for (const hostname of ['localhost', '127.0.0.1', '[::1]']) {
      const { container } = render(<DeveloperModeLine hostname={hostname} />);
      expect(container.textContent).toBe('');
      cleanup();
    }
  });

  it("stands above local mode's screen", () => {
    const Screen = ({ config }: LabScreenProps) => <main>lab for {config.domains[0]}</main>;
    const Wrapped = withDeveloperModeLine(Screen, 'launcher.example');
    const { container } = render(<Wrapped config={CONFIG} />);
    expect(container.textContent).toBe(`${LINE}lab for ${CONFIG.domains[0]}`);
  });
});
