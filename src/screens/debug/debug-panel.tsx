import { useEffect, useState } from 'preact/hooks';
import { claimDate, describeTime } from '../../core/format-time.ts';
import type { DecodedToken } from '../../core/types.ts';

export interface DebugPanelProps {
  decoded: DecodedToken;
  /** Milliseconds since the epoch; injected so tests freeze the clock. */
  now?: () => number;
  copy?: (text: string) => Promise<void>;
}

const TIME_CLAIMS = ['exp', 'nbf', 'iat'] as const;

function copyDefault(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/** Seconds as `1 h 02 min 05 s`: the live countdown. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h} h ${pad(m)} min ${pad(rest)} s` : `${m} min ${pad(rest)} s`;
}

/** What is inside the token, for developers and bug reports. Claims are rendered as text only. */
export function DebugPanel({ decoded, now = Date.now, copy = copyDefault }: DebugPanelProps) {
  const [nowMs, setNowMs] = useState(now);
  const [copyStatus, setCopyStatus] = useState('');
  useEffect(() => {
    const timer = setInterval(() => setNowMs(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);
  const nowSeconds = Math.floor(nowMs / 1000);
  const exp = decoded.payload.exp;

  const onCopy = () => {
    copy(decoded.signingInput).then(
      () => setCopyStatus('Copied the header and payload; the signature was left out.'),
      () => setCopyStatus('Could not copy here: select the JSON below instead.'),
    );
  };

  return (
    <aside class="debug-panel" aria-labelledby="debug-panel-title">
      <h2 id="debug-panel-title">Token</h2>
      <p class="debug-panel__countdown" aria-live="off">
        {typeof exp !== 'number'
          ? 'No expiry (exp) in this token.'
          : exp > nowSeconds
            ? `Expires in ${formatCountdown(exp - nowSeconds)}`
            : `Expired ${formatCountdown(nowSeconds - exp)} ago`}
      </p>
      <dl class="debug-panel__times">
        {TIME_CLAIMS.map((claim) => {
          const value = decoded.payload[claim];
          if (typeof value !== 'number') return null;
          const date = claimDate(value);
          return (
            <div key={claim}>
              <dt>{claim}</dt>
              <dd>
                {date === undefined ? (
                  `${value} (not a date: out of range)`
                ) : (
                  <>
                    <time dateTime={date.toISOString()}>{date.toLocaleString()}</time>
                    {` (${describeTime(value, nowSeconds, claim)})`}
                  </>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" class="button" onClick={onCopy}>
        Copy without signature
      </button>
      <p class="debug-panel__copied" role="status">
        {copyStatus}
      </p>
      <h3>Header</h3>
      <pre class="debug-panel__json">{JSON.stringify(decoded.header, null, 2)}</pre>
      <h3>Payload</h3>
      <pre class="debug-panel__json">{JSON.stringify(decoded.payload, null, 2)}</pre>
    </aside>
  );
}
