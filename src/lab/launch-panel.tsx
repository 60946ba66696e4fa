import { useState } from 'preact/hooks';
import type { LauncherConfig } from '../config/launcher-config.ts';
import { ErrorNotice } from '../screens/errors/error-notice.tsx';
import { useLauncher, useLauncherStore } from '../store/use-launcher.ts';
import { useStore } from '../store/use-store.ts';
import type { Output } from './clipboard.ts';
import type { LabStore } from './lab-store.ts';
import { shareLink } from './share-link.ts';

export interface LaunchPanelProps {
  lab: LabStore;
  config: LauncherConfig;
  output: Output;
  /** The launcher's own address, for the share link. */
  launcherUrl: string;
}

/** The one-click join through the launcher's meeting flow, and a share link without a token. */
export function LaunchPanel({ lab, config, output, launcherUrl }: LaunchPanelProps) {
  const target = useStore(lab, (s) => s.target);
  const userName = useStore(lab, (s) => s.form.userName);
  const userEmail = useStore(lab, (s) => s.form.userEmail);
  const launcher = useLauncherStore();
  const phase = useLauncher((s) => s.phase);
  const [copied, setCopied] = useState('');
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
    <section class="lab-card" aria-labelledby="lab-join-title">
      <h2 id="lab-join-title">Join</h2>
      <div class="lab-actions">
        <button
          type="button"
          class="button button--primary"
          disabled={joining || target.room.trim() === ''}
          onClick={join}
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
      {phase.status === 'failed' ? (
        <ErrorNotice error={phase.error} onRetry={join} technical />
      ) : null}
    </section>
  );
}
