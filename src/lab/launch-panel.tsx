import { useState } from 'preact/hooks';
import type { LauncherConfig } from '../config/launcher-config.ts';
import { ErrorNotice } from '../screens/errors/error-notice.tsx';
import { useLauncher, useLauncherStore } from '../store/use-launcher.ts';
import type { Output } from './clipboard.ts';
import type { LabStore } from './lab-store.ts';
import { shareLink } from './share-link.ts';
import { useLab } from './use-lab.ts';

export interface LaunchPanelProps {
  lab: LabStore;
  config: LauncherConfig;
  output: Output;
  /** The launcher's own address, for the share link. */
  launcherUrl: string;
}

/** Where the token is for, and the one-click join through the launcher's meeting flow. */
export function LaunchPanel({ lab, config, output, launcherUrl }: LaunchPanelProps) {
  const target = useLab(lab, (s) => s.target);
  const userName = useLab(lab, (s) => s.form.userName);
  const userEmail = useLab(lab, (s) => s.form.userEmail);
  const launcher = useLauncherStore();
  const phase = useLauncher((s) => s.phase);
  const [copied, setCopied] = useState('');
  const { setTarget } = lab.getState();
  const joining = phase.status === 'joining';
  const link = shareLink(launcherUrl, target.room, target.domain, config.domains[0]);

  const join = () => {
    const { setField, join: start } = launcher.getState();
    setField('room', target.room);
    setField('domain', target.domain);
    setField('displayName', userName.trim() === '' ? 'Lab user' : userName);
    setField('email', userEmail);
    void start();
  };

  return (
    <section class="lab-card" aria-labelledby="lab-meeting-title">
      <h2 id="lab-meeting-title">Meeting</h2>
      <form
        class="lab-fields"
        onSubmit={(e) => {
          e.preventDefault();
          join();
        }}
      >
        <label for="lab-room">Room (as typed in the meeting URL)</label>
        <input
          id="lab-room"
          value={target.room}
          autoComplete="off"
          onInput={(e) => setTarget({ room: e.currentTarget.value })}
        />
        <label for="lab-domain">Meeting server</label>
        <select
          id="lab-domain"
          value={target.domain}
          onChange={(e) => setTarget({ domain: e.currentTarget.value })}
        >
          {config.domains.map((domain) => (
            <option key={domain} value={domain}>
              {domain}
            </option>
          ))}
        </select>
        <p class="lab-note">
          {target.tenant === undefined
            ? `Meeting URL: https://${target.domain}/${target.room}`
            : `Meeting URL: https://${target.domain}/${target.tenant}/${target.room}`}
        </p>
        <div class="lab-actions">
          <button
            type="submit"
            class="button button--primary"
            disabled={joining || target.room.trim() === ''}
          >
            {joining ? 'Joining…' : 'Join with a fresh token'}
          </button>
          <button
            type="button"
            class="button"
            onClick={() =>
              void output.copy(link).then(
                () => setCopied('Share link copied: it names the room, never a token.'),
                () => setCopied('Could not copy here: select the link instead.'),
              )
            }
          >
            Copy share link
          </button>
        </div>
        <p class="lab-note">
          Share link: <a href={link}>{link}</a>
        </p>
        <p class="lab-note" role="status">
          {copied}
        </p>
      </form>
      {phase.status === 'failed' ? <ErrorNotice error={phase.error} onRetry={join} /> : null}
    </section>
  );
}
