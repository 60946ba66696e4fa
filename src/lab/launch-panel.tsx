import { useState } from 'preact/hooks';
import type { LauncherConfig } from '../config/launcher-config.ts';
import type { JoinError } from '../meeting/join-error.ts';
import { ErrorNotice } from '../screens/errors/error-notice.tsx';
import { useLauncherStore } from '../store/use-launcher-store.ts';
import { useStore } from '../store/use-store.ts';
import type { Output } from './clipboard.ts';
import { isLocalDomain, joinBlocker } from './join-blocker.ts';
import type { LabStore } from './lab-store.ts';
import { shareLink } from './share-link.ts';

export interface LaunchPanelProps {
  lab: LabStore;
  config: LauncherConfig;
  output: Output;
  /** The launcher's own address, for the share link. */
  launcherUrl: string;
}

/** Failures a browser gives when it does not trust the meeting server's certificate. */
const CERTIFICATE_KINDS: readonly JoinError['kind'][] = ['script-failed', 'script-timeout'];

/** The one-click join through the launcher's meeting flow, and a share link without a token. */
export function LaunchPanel({ lab, config, output, launcherUrl }: LaunchPanelProps) {
  const target = useStore(lab, (s) => s.target);
  const userName = useStore(lab, (s) => s.form.userName);
  const userEmail = useStore(lab, (s) => s.form.userEmail);
  const blocker = useStore(lab, joinBlocker);
  const launcher = useLauncherStore();
  const phase = useStore(launcher, (s) => s.phase);
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
          disabled={joining || blocker !== undefined}
          aria-describedby={blocker === undefined ? undefined : 'lab-join-blocked'}
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
      {blocker === undefined ? null : (
        <p id="lab-join-blocked" class="lab-field-fail">
          {blocker}
        </p>
      )}
      <p class="lab-note">
        Share link: <a href={link}>{link}</a>
      </p>
      <p class="lab-note" role="status">
        {copied}
      </p>
      {phase.status === 'failed' ? (
        <>
          {CERTIFICATE_KINDS.includes(phase.error.kind) && isLocalDomain(target.domain) ? (
            <LocalCertificateHint domain={target.domain} />
          ) : null}
          <ErrorNotice error={phase.error} onRetry={join} technical />
        </>
      ) : null}
    </section>
  );
}

/** A local docker-jitsi-meet signs its own certificate: the browser must be told to trust it. */
function LocalCertificateHint({ domain }: { domain: string }) {
  const url = `https://${domain}`;
  return (
    <p class="lab-warning" data-hint="local-certificate">
      A meeting server on this machine usually has a self-signed certificate, which the browser
      refuses silently when the meeting script loads. Open{' '}
      <a href={url} target="_blank" rel="noopener noreferrer">
        {url}
      </a>{' '}
      once, accept its certificate, then join again.
    </p>
  );
}
