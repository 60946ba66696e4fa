import { useEffect, useState } from 'preact/hooks';
import { decodeToken } from '../core/decode-token.ts';
import { describeTime } from '../core/format-time.ts';
import { useStore } from '../store/use-store.ts';
import type { Output } from './clipboard.ts';
import { isHmac, type LabStore } from './lab-store.ts';
import { VerdictView } from './verdict-view.tsx';

export interface TokenPanelProps {
  lab: LabStore;
  output: Output;
  /** Milliseconds since the epoch. */
  now?: () => number;
}

/** The live token and what the server will say about it, updated on every edit. */
export function TokenPanel({ lab, output, now = Date.now }: TokenPanelProps) {
  const preview = useStore(lab, (s) => s.preview);
  const hmac = useStore(lab, (s) => isHmac(s.profile));
  const activeKid = useStore(lab, (s) => s.activeKid);
  const [status, setStatus] = useState('');
  const [nowMs, setNowMs] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setNowMs(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);

  // A token that expired while shown is signed again, so the verdict speaks of a live token.
  const expired =
    preview.status === 'signed' &&
    typeof preview.payload.exp === 'number' &&
    Math.floor(nowMs / 1000) >= preview.payload.exp;
  useEffect(() => {
    if (expired) void lab.getState().refresh();
  }, [expired, lab]);

  const copy = (text: string, done: string) =>
    output.copy(text).then(
      () => setStatus(done),
      () => setStatus('Could not copy here: select the text instead.'),
    );

  return (
    <section class="lab-card lab-token" aria-labelledby="lab-token-title">
      <h2 id="lab-token-title">Token</h2>
      {preview.status === 'none' ? <p role="status">Signing…</p> : null}
      {preview.status === 'waiting' || preview.status === 'error' ? (
        <p class="lab-warning" role="status">
          {preview.message}
          {preview.status === 'waiting' && preview.fix !== undefined ? ` ${preview.fix}` : ''}
        </p>
      ) : null}
      {preview.status === 'signed' ? (
        <>
          <VerdictView verdict={preview.verdict} id="lab-verdict" />
          <p class="lab-note" data-signature={preview.signature.status}>
            Signature:{' '}
            {preview.signature.status === 'valid'
              ? hmac
                ? 'valid: checked with the app secret.'
                : `valid: checked with the public key of ${activeKid ?? 'the key'}, the one to publish.`
              : preview.signature.message}
          </p>
          <p class="lab-note">
            Header: <code>{headerOf(preview.token)}</code>
          </p>
          <label for="lab-token-text">Signed token</label>
          <textarea id="lab-token-text" class="lab-mono" readOnly rows={5} value={preview.token} />
          <p class="lab-note">
            {typeof preview.payload.exp === 'number'
              ? describeTime(preview.payload.exp, Math.floor(nowMs / 1000), 'exp')
              : 'No expiry (exp).'}
          </p>
          <div class="lab-actions">
            <button
              type="button"
              class="button"
              onClick={() =>
                void copy(preview.token, 'Token copied. It is a secret: share it with no one.')
              }
            >
              Copy token
            </button>
            <button
              type="button"
              class="button"
              onClick={() =>
                void copy(
                  preview.token.split('.').slice(0, 2).join('.'),
                  'Copied the header and payload; the signature was left out.',
                )
              }
            >
              Copy without signature
            </button>
            <button type="button" class="button" onClick={() => void lab.getState().refresh()}>
              Sign again now
            </button>
          </div>
        </>
      ) : null}
      <p class="lab-note" role="status">
        {status}
      </p>
    </section>
  );
}

function headerOf(token: string): string {
  const decoded = decodeToken(token);
  return decoded.ok ? JSON.stringify(decoded.value.header) : '';
}
