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

/** The clock, ticking every second; a token that expired while shown is signed again. */
function useLiveClock(lab: LabStore, now: () => number): number {
  const preview = useStore(lab, (s) => s.preview);
  const [nowMs, setNowMs] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setNowMs(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);
  // Only a token that was alive when signed: one signed expired would be signed again for ever.
  const expired =
    preview.status === 'signed' &&
    typeof preview.payload.exp === 'number' &&
    preview.payload.exp > preview.signedAt &&
    Math.floor(nowMs / 1000) >= preview.payload.exp;
  useEffect(() => {
    if (expired) void lab.getState().refresh();
  }, [expired, lab]);
  return nowMs;
}

/** What the server will say about the live token, and whether it is still current. */
export function VerdictCard({ lab }: { lab: LabStore }) {
  const preview = useStore(lab, (s) => s.preview);
  const problems = useStore(lab, (s) => s.inputProblems);
  const hmac = useStore(lab, (s) => isHmac(s.profile));
  const activeKid = useStore(lab, (s) => s.activeKid);
  const stale = Object.values(problems);
  return (
    <section
      class={`lab-card lab-verdict${stale.length > 0 ? ' lab-stale' : ''}`}
      aria-labelledby="lab-verdict-card-title"
    >
      <h2 id="lab-verdict-card-title">Server verdict</h2>
      {stale.length === 0 ? null : (
        <p class="lab-warning" role="status" data-stale="true">
          Out of date: the verdict and token are for the last usable input. {stale.join(' ')}
        </p>
      )}
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
        </>
      ) : null}
    </section>
  );
}

/** The live token, signed on every edit, ready to copy. */
export function TokenPanel({ lab, output, now = Date.now }: TokenPanelProps) {
  const preview = useStore(lab, (s) => s.preview);
  const stale = useStore(lab, (s) => Object.keys(s.inputProblems).length > 0);
  const [status, setStatus] = useState('');
  const nowMs = useLiveClock(lab, now);
  const copy = (text: string, done: string) =>
    output.copy(text).then(
      () => setStatus(done),
      () => setStatus('Could not copy here: select the text instead.'),
    );
  if (preview.status !== 'signed') return null;
  return (
    <section
      class={`lab-card lab-token${stale ? ' lab-stale' : ''}`}
      aria-labelledby="lab-token-title"
    >
      <h2 id="lab-token-title">Token{stale ? ' (out of date)' : ''}</h2>
      <label for="lab-token-text">Signed token</label>
      <textarea id="lab-token-text" class="lab-mono" readOnly rows={4} value={preview.token} />
      <p class="lab-note">
        Header: <code>{headerOf(preview.token)}</code>;{' '}
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
