import { useState } from 'preact/hooks';
import { serverSetup } from '../core/server-setup.ts';
import type { Output } from './clipboard.ts';
import { isHmac, type LabStore } from './lab-store.ts';
import { useLab } from './use-lab.ts';

/** The server configuration that accepts what the lab signs, ready to copy. */
export function ServerSetupPanel({ lab, output }: { lab: LabStore; output: Output }) {
  const profile = useLab(lab, (s) => s.profile);
  const secret = useLab(lab, (s) => s.secret);
  const domain = useLab(lab, (s) => s.target.domain);
  const [reveal, setReveal] = useState(false);
  const [copied, setCopied] = useState('');
  const hmac = isHmac(profile);
  const setup = serverSetup(hmac && secret !== '' ? { ...profile, app_secret: secret } : profile, {
    publicUrl: `https://${domain}`,
    includeSecret: reveal,
  });
  const copy = (text: string, what: string) =>
    output.copy(text).then(
      () => setCopied(`${what} copied.`),
      () => setCopied('Could not copy here: select the text instead.'),
    );
  return (
    <section class="lab-card" aria-labelledby="lab-setup-title">
      <h2 id="lab-setup-title">Server setup</h2>
      <p>
        The configuration that accepts the tokens the lab signs with this profile. Change the
        profile on the Sign tab; these follow.
      </p>
      {hmac ? (
        <label class="lab-check">
          <input
            type="checkbox"
            checked={reveal}
            onChange={(e) => setReveal(e.currentTarget.checked)}
          />{' '}
          Write the secret into the snippets
        </label>
      ) : null}
      <div class="lab-fields">
        <label for="lab-setup-env">docker-jitsi-meet .env</label>
        <textarea
          id="lab-setup-env"
          class="lab-mono lab-snippet"
          readOnly
          rows={setup.dockerEnv.split('\n').length}
          value={setup.dockerEnv}
        />
        <button
          type="button"
          class="button"
          onClick={() => void copy(setup.dockerEnv, '.env lines')}
        >
          Copy .env lines
        </button>
        <label for="lab-setup-prosody" class="lab-spaced">
          Prosody config
        </label>
        <textarea
          id="lab-setup-prosody"
          class="lab-mono lab-snippet"
          readOnly
          rows={setup.prosody.split('\n').length}
          value={setup.prosody}
        />
        <button
          type="button"
          class="button"
          onClick={() => void copy(setup.prosody, 'Prosody snippet')}
        >
          Copy prosody snippet
        </button>
      </div>
      <p class="lab-note" role="status">
        {copied}
      </p>
    </section>
  );
}
