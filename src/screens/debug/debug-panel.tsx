import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatJson } from '../../core/format-json.ts';
import { claimDate, describeTime, formatCountdown } from '../../core/format-time.ts';
import type { DecodedToken } from '../../core/types.ts';
import { dateTime, relativeTime } from '../../i18n/relative-time.ts';
import { copyText } from '../../lib/copy-text.ts';
import { askedRole } from '../../meeting/asked-role.ts';
import { compareRoles } from '../../meeting/describe-role.ts';

export interface DebugPanelProps {
  decoded: DecodedToken;
  /** Milliseconds since the epoch; injected so tests freeze the clock. */
  now?: () => number;
  copy?: (text: string) => Promise<void>;
  /**
   * Shown in a meeting: the role the meeting granted (`null` until it says), beside the role
   * the token asks for, and what happens at expiry.
   */
  grantedRole?: string | null;
  /**
   * Writes dates and relative times in this language (the launcher's); without one, the
   * browser's date format and English words (the token lab). The panel's own words stay English.
   */
  language?: string;
}

const AT_EXPIRY =
  'The meeting goes on; a reconnection after this time needs a fresh token, which the launcher will fetch.';

const TIME_CLAIMS = ['exp', 'nbf', 'iat'] as const;

/**
 * What is inside the token, for developers and bug reports. Claims are rendered as text only,
 * and within limits (formatJson): a hostile token nested thousands deep shows a few kB. Only the
 * times below follow the clock; the JSON is built once per token.
 */
export function DebugPanel({
  decoded,
  now = Date.now,
  copy = copyText,
  grantedRole,
  language,
}: DebugPanelProps) {
  const [copyStatus, setCopyStatus] = useState('');
  const header = useMemo(() => formatJson(decoded.header), [decoded]);
  const payload = useMemo(() => formatJson(decoded.payload), [decoded]);

  const onCopy = () => {
    copy(decoded.signingInput).then(
      () => setCopyStatus('Copied the header and payload; the signature was left out.'),
      () => setCopyStatus('Could not copy here: select the JSON below instead.'),
    );
  };

  return (
    <aside class="debug-panel" aria-labelledby="debug-panel-title" lang="en">
      <h2 id="debug-panel-title" tabIndex={-1}>
        Token
      </h2>
      <TokenTimes
        payload={decoded.payload}
        now={now}
        {...(language === undefined ? {} : { language })}
      />
      {grantedRole === undefined || typeof decoded.payload.exp !== 'number' ? null : (
        <p class="debug-panel__expiry">{AT_EXPIRY}</p>
      )}
      {grantedRole === undefined ? null : <RoleRows decoded={decoded} granted={grantedRole} />}
      <button type="button" class="button" onClick={onCopy}>
        Copy without signature
      </button>
      <p class="debug-panel__copied" role="status">
        {copyStatus}
      </p>
      <h3>Header</h3>
      <pre class="debug-panel__json">{header}</pre>
      <h3>Payload</h3>
      <pre class="debug-panel__json">{payload}</pre>
    </aside>
  );
}

/** The countdown and the time claims: the only part redrawn every second. */
function TokenTimes({
  payload,
  now,
  language,
}: {
  payload: DecodedToken['payload'];
  now: () => number;
  language?: string;
}) {
  const [nowMs, setNowMs] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setNowMs(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);
  const nowSeconds = Math.floor(nowMs / 1000);
  const exp = payload.exp;
  return (
    <>
      <p class="debug-panel__countdown" aria-live="off">
        {typeof exp !== 'number'
          ? 'No expiry (exp) in this token.'
          : exp > nowSeconds
            ? `Expires in ${formatCountdown(exp - nowSeconds)}`
            : `Expired ${formatCountdown(nowSeconds - exp)} ago`}
      </p>
      <dl class="debug-panel__times">
        {TIME_CLAIMS.map((claim) => {
          const value = payload[claim];
          if (typeof value !== 'number') return null;
          const date = claimDate(value);
          return (
            <div key={claim}>
              <dt>{claim}</dt>
              <dd>
                {date === undefined ? (
                  // JSON numbers past ±1.8e308 arrive as ±Infinity: say what they were.
                  `${Number.isFinite(value) ? value : 'beyond ±1.8e308'} (not a date: out of range)`
                ) : language === undefined ? (
                  <>
                    <time dateTime={date.toISOString()}>{date.toLocaleString()}</time>
                    {` (${describeTime(value, nowSeconds, claim)})`}
                  </>
                ) : (
                  <span lang={language}>
                    <time dateTime={date.toISOString()}>{dateTime(date, language)}</time>
                    {` (${relativeTime(value - nowSeconds, language)})`}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}

function RoleRows({ decoded, granted }: { decoded: DecodedToken; granted: string | null }) {
  const roles = compareRoles(askedRole(decoded.payload), granted ?? undefined);
  return (
    <>
      <dl class="debug-panel__times debug-panel__roles">
        <div>
          <dt>Role asked</dt>
          <dd>{roles.asked}</dd>
        </div>
        <div>
          <dt>Role granted</dt>
          <dd>{roles.granted}</dd>
        </div>
      </dl>
      {roles.explanation === undefined ? null : (
        <p class="debug-panel__role-note">{roles.explanation}</p>
      )}
    </>
  );
}
