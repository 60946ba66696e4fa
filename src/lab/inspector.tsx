import { useEffect, useMemo, useState } from 'preact/hooks';
import { decodeToken } from '../core/decode-token.ts';
import { judgeToken } from '../core/judge-token.ts';
import { parseMeetingUrl } from '../core/parse-meeting-url.ts';
import { PRESETS, presetById } from '../core/presets.ts';
import type { PresetId, ServerProfile, SignatureOutcome } from '../core/types.ts';
import { verifySignature } from '../core/verify-signature.ts';
import { readCappedBody } from '../endpoint/read-capped-body.ts';
import { DebugPanel } from '../screens/debug/debug-panel.tsx';
import type { Output } from './clipboard.ts';
import { readProfile } from './read-profile.ts';
import { VerdictView } from './verdict-view.tsx';

export type KeySource = 'none' | 'secret' | 'public-key' | 'jwks-url' | 'key-server';

const KEY_SOURCES: readonly { id: KeySource; label: string }[] = [
  { id: 'none', label: 'Do not check the signature' },
  { id: 'secret', label: 'App secret (HS)' },
  { id: 'public-key', label: 'Public key: PEM, JWK or JWKS' },
  { id: 'jwks-url', label: 'JWKS URL' },
  { id: 'key-server', label: 'Key server URL (asap_key_server)' },
];

function isKeySource(value: string): value is KeySource {
  return KEY_SOURCES.some((s) => s.id === value);
}

function isPresetId(value: string): value is PresetId {
  return PRESETS.some((p) => p.id === value);
}

export interface InspectorProps {
  output: Output;
  /** Milliseconds since the epoch. */
  now?: () => number;
  fetch?: typeof fetch;
  /** A meeting URL to start with. */
  initialUrl?: string;
}

const JWKS_TIMEOUT_MS = 5000;
const MAX_JWKS_BYTES = 64 * 1024;

const UNCHECKED: SignatureOutcome = { status: 'unchecked', message: 'No key given: not checked.' };

/** Any token from anywhere: what is inside, and what a server under a chosen profile will say. */
export function Inspector({
  output,
  now = Date.now,
  fetch: doFetch,
  initialUrl = '',
}: InspectorProps) {
  const [token, setToken] = useState('');
  const [presetId, setPresetId] = useState<PresetId>('docker-hs256');
  const [profileText, setProfileText] = useState(() =>
    JSON.stringify(presetById('docker-hs256').profile, null, 2),
  );
  const [url, setUrl] = useState(initialUrl);
  const [source, setSource] = useState<KeySource>('none');
  const [key, setKey] = useState('');
  const [signature, setSignature] = useState<SignatureOutcome>(UNCHECKED);
  /** Until the user picks a profile, it follows the pasted token (alg, JaaS kid). */
  const [profileChosen, setProfileChosen] = useState(false);

  const onToken = (text: string) => {
    setToken(text);
    if (profileChosen) return;
    const guessed = guessPreset(text);
    if (guessed !== undefined && guessed !== presetId) {
      setPresetId(guessed);
      setProfileText(JSON.stringify(presetById(guessed).profile, null, 2));
    }
  };

  const decoded = useMemo(() => (token.trim() === '' ? undefined : decodeToken(token)), [token]);
  const profile = useMemo(() => readProfile(profileText), [profileText]);
  const target = useMemo(() => parseMeetingUrl(url), [url]);
  const keyed = useMemo((): ServerProfile | undefined => {
    if (!profile.ok) return undefined;
    const base = profile.value;
    const value = key.trim();
    if (source === 'secret') return { ...base, app_secret: key };
    if (source === 'public-key' && value !== '') return { ...base, public_key: value };
    if (source === 'key-server' && value !== '') return { ...base, asap_key_server: value };
    return base;
  }, [profile, source, key]);

  useEffect(() => {
    if (decoded === undefined || !decoded.ok || keyed === undefined || source === 'none') {
      setSignature(UNCHECKED);
      return;
    }
    let live = true;
    setSignature({ status: 'unchecked', message: 'Checking the signature…' });
    const timer = setTimeout(async () => {
      const deps = doFetch === undefined ? {} : { fetch: doFetch };
      let profileForCheck = keyed;
      if (source === 'jwks-url') {
        const jwks = await fetchText(key.trim(), doFetch);
        if (!live) return;
        if (!jwks.ok) {
          setSignature({ status: 'no-key', message: jwks.error });
          return;
        }
        profileForCheck = { ...keyed, public_key: jwks.value };
      }
      const outcome = await verifySignature(decoded.value, profileForCheck, deps);
      if (live) setSignature(outcome);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [decoded, keyed, source, key, doFetch]);

  const nowSeconds = Math.floor(now() / 1000);
  const verdict =
    decoded !== undefined && keyed !== undefined && target.ok
      ? judgeToken(decoded.ok ? decoded.value : token, keyed, target.value, {
          now: nowSeconds,
          ...(source === 'none' ? {} : { signature }),
        })
      : undefined;

  return (
    <section class="lab-card" aria-labelledby="lab-inspect-title">
      <h2 id="lab-inspect-title">Inspect a token</h2>
      <div class="lab-fields">
        <label for="lab-inspect-token">Token to inspect</label>
        <textarea
          id="lab-inspect-token"
          class="lab-mono"
          rows={5}
          spellcheck={false}
          placeholder="eyJhbGciOi…"
          value={token}
          onInput={(e) => onToken(e.currentTarget.value)}
        />
        <label for="lab-inspect-url">Meeting URL</label>
        <input
          id="lab-inspect-url"
          placeholder="https://meet.example.com/DailyStandup"
          spellcheck={false}
          value={url}
          aria-describedby="lab-inspect-url-problem"
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <p id="lab-inspect-url-problem" class="lab-note">
          {target.ok ? '' : target.error.message}
        </p>
        <label for="lab-inspect-preset">Start from the server profile</label>
        <select
          id="lab-inspect-preset"
          value={presetId}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (!isPresetId(value)) return;
            setProfileChosen(true);
            setPresetId(value);
            setProfileText(JSON.stringify(presetById(value).profile, null, 2));
          }}
        >
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        {profileChosen || decoded?.ok !== true ? null : (
          <p class="lab-note">Chosen from the token's header: pick your server's profile.</p>
        )}
        <label for="lab-inspect-profile">Profile settings (JSON, prosody's names)</label>
        <textarea
          id="lab-inspect-profile"
          class="lab-mono"
          rows={8}
          spellcheck={false}
          value={profileText}
          aria-describedby="lab-inspect-profile-problem"
          onInput={(e) => {
            setProfileChosen(true);
            setProfileText(e.currentTarget.value);
          }}
        />
        <p id="lab-inspect-profile-problem" class="lab-note">
          {profile.ok ? '' : profile.error}
        </p>
        <label for="lab-inspect-source">Check the signature with</label>
        <select
          id="lab-inspect-source"
          value={source}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isKeySource(value)) setSource(value);
          }}
        >
          {KEY_SOURCES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        {source === 'none' ? null : (
          <>
            <label for="lab-inspect-key">
              {KEY_SOURCES.find((s) => s.id === source)?.label ?? 'Key'}
            </label>
            {source === 'public-key' ? (
              <textarea
                id="lab-inspect-key"
                class="lab-mono"
                rows={5}
                spellcheck={false}
                value={key}
                onInput={(e) => setKey(e.currentTarget.value)}
              />
            ) : source === 'secret' ? (
              <input
                id="lab-inspect-key"
                type="password"
                autoComplete="off"
                value={key}
                onInput={(e) => setKey(e.currentTarget.value)}
              />
            ) : (
              <input
                id="lab-inspect-key"
                type="url"
                spellcheck={false}
                value={key}
                onInput={(e) => setKey(e.currentTarget.value)}
              />
            )}
            <p class="lab-note" role="status" data-signature={signature.status}>
              Signature: {signature.status === 'valid' ? 'valid.' : signature.message}
            </p>
          </>
        )}
      </div>
      {decoded !== undefined && !decoded.ok ? (
        <p class="lab-warning" role="alert">
          {decoded.error.message}
          {decoded.error.serverReason === undefined ? null : (
            <>
              {' '}
              The server answers: <code>{decoded.error.serverReason}</code>
            </>
          )}
        </p>
      ) : null}
      {verdict === undefined ? null : <VerdictView verdict={verdict} id="lab-inspect-verdict" />}
      {decoded?.ok === true ? (
        <DebugPanel decoded={decoded.value} now={now} copy={(text) => output.copy(text)} />
      ) : null}
    </section>
  );
}

/** The preset a token most likely meets: JaaS by its kid, else by its algorithm. */
function guessPreset(text: string): PresetId | undefined {
  const decoded = decodeToken(text);
  if (!decoded.ok) return undefined;
  const { alg, kid } = decoded.value.header;
  if (typeof kid === 'string' && kid.startsWith('vpaas-magic-cookie-')) return 'jaas';
  if (typeof alg !== 'string') return undefined;
  if (alg.startsWith('RS')) return 'docker-asap';
  if (alg.startsWith('HS')) return 'docker-hs256';
  return undefined;
}

async function fetchText(
  url: string,
  doFetch: typeof fetch | undefined,
): Promise<{ ok: true; value: string } | { ok: false; error: string }> {
  try {
    const response = await (doFetch ?? globalThis.fetch.bind(globalThis))(url, {
      signal: AbortSignal.timeout(JWKS_TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, error: `The JWKS URL answered HTTP ${response.status}.` };
    const text = await readCappedBody(response, MAX_JWKS_BYTES);
    if (text === undefined) {
      return {
        ok: false,
        error: `${url} answered with more than ${MAX_JWKS_BYTES / 1024} KiB, so it was not read: a JWKS is a few kB.`,
      };
    }
    return { ok: true, value: text };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return { ok: false, error: `${url} did not answer within ${JWKS_TIMEOUT_MS / 1000} s.` };
    }
    return { ok: false, error: `Could not fetch ${url} (offline, or no CORS on that server).` };
  }
}
