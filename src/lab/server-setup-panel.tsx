import { useState } from 'preact/hooks';
import { serverSetup } from '../core/server-setup.ts';
import { useStore } from '../store/use-store.ts';
import type { Output } from './clipboard.ts';
import { isHmac, type LabStore } from './lab-store.ts';

/** The server configuration that accepts what the lab signs, ready to copy. */
export function ServerSetupPanel({ lab, output }: { lab: LabStore; output: Output }) {
  const profile = useStore(lab, (s) => s.profile);
  const secret = useStore(lab, (s) => s.secret);
  const domain = useStore(lab, (s) => s.target.domain);
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
        <Snippet
          id="lab-setup-env"
          label="docker-jitsi-meet .env"
          text={setup.dockerEnv}
          action="Copy .env lines"
          onCopy={() => void copy(setup.dockerEnv, '.env lines')}
        />
        <Snippet
          id="lab-setup-prosody"
          label="Prosody config"
          text={setup.prosody}
          action="Copy prosody snippet"
          onCopy={() => void copy(setup.prosody, 'Prosody snippet')}
          spaced
        />
      </div>
      <p class="lab-note" role="status">
        {copied}
      </p>
    </section>
  );
}

interface SnippetProps {
  id: string;
  label: string;
  text: string;
  action: string;
  onCopy: () => void;
  spaced?: boolean;
}

/** A read-only configuration snippet, sized to its lines, with its copy button. */
function Snippet({ id, label, text, action, onCopy, spaced = false }: SnippetProps) {
  return (
    <>
      <label for={id} {...(spaced ? { class: 'lab-spaced' } : {})}>
        {label}
      </label>
      <textarea
        id={id}
        class="lab-mono lab-snippet"
        readOnly
        rows={text.split('\n').length}
        value={text}
      />
      <button type="button" class="button" onClick={onCopy}>
        {action}
      </button>
    </>
  );
}
