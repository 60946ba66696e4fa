import { useEffect, useMemo, useState } from 'preact/hooks';
import { decodeToken } from '../core/decode-token.ts';
import { judgeToken } from '../core/judge-token.ts';
import { meetingUrl } from '../core/meeting-url.ts';
import { parseMeetingUrl } from '../core/parse-meeting-url.ts';
import { presetById } from '../core/presets.ts';
import type {
  DecodedToken,
  DecodeError,
  PresetId,
  Result,
  ServerProfile,
  SignatureOutcome,
} from '../core/types.ts';
import { verifySignature } from '../core/verify-signature.ts';
import { DebugPanel } from '../screens/debug/debug-panel.tsx';
import { useStore } from '../store/use-store.ts';
import { type Choice, ChoiceSelect } from './choice-select.tsx';
import type { Output } from './clipboard.ts';
import { fetchJwks } from './fetch-jwks.ts';
import { type KeySource, signatureBlocker } from './inspector-signature.ts';
import { isHmac, type LabStore } from './lab-store.ts';
import { PRESET_CHOICES } from './profile-chooser.tsx';
import { readProfile } from './read-profile.ts';
import { VerdictView } from './verdict-view.tsx';

const KEY_SOURCES: readonly Choice<KeySource>[] = [
  { value: 'none', label: 'Do not check the signature' },
  { value: 'secret', label: 'App secret (HS)' },
  { value: 'public-key', label: 'Public key: PEM, JWK or JWKS' },
  { value: 'jwks-url', label: 'JWKS URL' },
  { value: 'key-server', label: 'Key server URL (asap_key_server)' },
];

export interface InspectorProps {
  /** The lab's store: the inspector judges against the same server profile and secret. */
  lab: LabStore;
  output: Output;
  /** Milliseconds since the epoch. */
  now?: () => number;
  fetch?: typeof fetch;
}

type Decoded = Result<DecodedToken, DecodeError> | undefined;

/**
 * Any token from anywhere: what is inside, and what a server under the lab's profile will say.
 * From 960 px the token and settings are on the left, the verdict and decoded parts on the right.
 */
export function Inspector({ lab, output, now = Date.now, fetch: doFetch }: InspectorProps) {
  const profile = useStore(lab, (s) => s.profile);
  const secret = useStore(lab, (s) => s.secret);
  const labTarget = useStore(lab, (s) => s.target);
  const [token, setToken] = useState('');
  const [url, setUrl] = useState(() => meetingUrl(labTarget));
  const [source, setSource] = useState<KeySource>('none');
  const [otherKey, setOtherKey] = useState('');
  const key = source === 'secret' ? secret : otherKey;

  const decoded = useMemo(() => (token.trim() === '' ? undefined : decodeToken(token)), [token]);
  const target = useMemo(() => parseMeetingUrl(url), [url]);
  const signature = useSignature(decoded, profile, source, key, doFetch);

  const nowSeconds = Math.floor(now() / 1000);
  const checked = signature.checked;
  const verdict =
    decoded !== undefined && target.ok
      ? judgeToken(
          decoded.ok ? decoded.value : token,
          withKey(profile, source, key),
          target.value,
          {
            now: nowSeconds,
            ...(checked ? { signature: signature.outcome } : {}),
          },
        )
      : undefined;

  return (
    <section class="lab-card lab-inspector" aria-labelledby="lab-inspect-title">
      <h2 id="lab-inspect-title">Inspect a token</h2>
      <div class="lab-inspector__token lab-fields">
        <label for="lab-inspect-token">Token to inspect</label>
        <textarea
          id="lab-inspect-token"
          class="lab-mono"
          rows={6}
          spellcheck={false}
          placeholder="eyJhbGciOi…"
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
        />
        <AlgorithmHint decoded={decoded} lab={lab} />
      </div>
      <div class="lab-inspector__result" aria-live="polite">
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
        {decoded === undefined ? null : (
          <p class="lab-note" role="status" data-signature={signature.outcome.status}>
            Signature: {signature.outcome.status === 'valid' ? 'valid.' : signature.outcome.message}
          </p>
        )}
        {decoded?.ok === true ? (
          <DebugPanel decoded={decoded.value} now={now} copy={(text) => output.copy(text)} />
        ) : null}
      </div>
      <div class="lab-inspector__settings lab-fields">
        <label for="lab-inspect-url">Meeting URL</label>
        <input
          id="lab-inspect-url"
          placeholder="https://meet.example.com/DailyStandup"
          spellcheck={false}
          value={url}
          aria-invalid={!target.ok}
          aria-describedby="lab-inspect-url-problem"
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <p id="lab-inspect-url-problem" class="lab-field-fail">
          {target.ok ? '' : target.error.message}
        </p>
        <ProfileEditor lab={lab} />
        <label for="lab-inspect-source">Check the signature with</label>
        <ChoiceSelect
          id="lab-inspect-source"
          value={source}
          choices={KEY_SOURCES}
          onChoose={setSource}
        />
        {source === 'none' ? null : (
          <KeyInput
            source={source}
            value={key}
            onInput={(value) =>
              source === 'secret' ? lab.getState().setSecret(value) : setOtherKey(value)
            }
          />
        )}
      </div>
    </section>
  );
}

function withKey(profile: ServerProfile, source: KeySource, key: string): ServerProfile {
  const value = key.trim();
  if (source === 'secret') return { ...profile, app_secret: key };
  if (source === 'public-key' && value !== '') return { ...profile, public_key: value };
  if (source === 'key-server' && value !== '') return { ...profile, asap_key_server: value };
  return profile;
}

/** The signature outcome, and whether the check ran (only then does it count in the verdict). */
function useSignature(
  decoded: Decoded,
  profile: ServerProfile,
  source: KeySource,
  key: string,
  doFetch: typeof fetch | undefined,
): { outcome: SignatureOutcome; checked: boolean } {
  const blocker = signatureBlocker(decoded, source, key);
  const blockedBy = blocker !== undefined && 'message' in blocker ? blocker.message : undefined;
  const [checked, setChecked] = useState<SignatureOutcome | undefined>(undefined);
  useEffect(() => {
    setChecked(undefined);
    if (blocker !== undefined || decoded === undefined || !decoded.ok) return;
    let live = true;
    const timer = setTimeout(async () => {
      let profileForCheck = withKey(profile, source, key);
      if (source === 'jwks-url') {
        const jwks = await fetchJwks(key.trim(), doFetch);
        if (!live) return;
        if (!jwks.ok) {
          setChecked({ status: 'no-key', message: jwks.error });
          return;
        }
        profileForCheck = { ...profile, public_key: jwks.value };
      }
      const outcome = await verifySignature(
        decoded.value,
        profileForCheck,
        doFetch === undefined ? {} : { fetch: doFetch },
      );
      if (live) setChecked(outcome);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [decoded, profile, source, key, doFetch, blockedBy]);
  if (blocker !== undefined) return { outcome: blocker, checked: false };
  return {
    outcome: checked ?? { status: 'unchecked', message: 'checking…' },
    checked: checked !== undefined,
  };
}

function KeyInput({
  source,
  value,
  onInput,
}: {
  source: Exclude<KeySource, 'none'>;
  value: string;
  onInput: (value: string) => void;
}) {
  const label = KEY_SOURCES.find((s) => s.value === source)?.label ?? 'Key';
  return (
    <>
      <label for="lab-inspect-key">{label}</label>
      {source === 'public-key' ? (
        <textarea
          id="lab-inspect-key"
          class="lab-mono"
          rows={5}
          spellcheck={false}
          value={value}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      ) : source === 'secret' ? (
        <>
          <input
            id="lab-inspect-key"
            type="password"
            autoComplete="off"
            value={value}
            aria-describedby="lab-inspect-key-note"
            onInput={(e) => onInput(e.currentTarget.value)}
          />
          <small id="lab-inspect-key-note" class="lab-note">
            The lab's app secret: the same field as on the Sign tab.
          </small>
        </>
      ) : (
        <input
          id="lab-inspect-key"
          type="url"
          spellcheck={false}
          value={value}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </>
  );
}

/**
 * The lab's server profile as JSON (prosody's names). Text stays as typed while it is not a
 * profile, marked with the reason; a valid profile becomes the lab's.
 */
function ProfileEditor({ lab }: { lab: LabStore }) {
  const presetId = useStore(lab, (s) => s.presetId);
  const profile = useStore(lab, (s) => s.profile);
  const problem = useStore(lab, (s) => s.inputProblems.profile);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const canonical = JSON.stringify(profile, null, 2);
  const onInput = (text: string) => {
    setDraft(text);
    const read = readProfile(text);
    const { setInputProblem, setProfile } = lab.getState();
    if (!read.ok) {
      setInputProblem('profile', `Profile settings: ${read.error}`);
      return;
    }
    setInputProblem('profile', undefined);
    setProfile(read.value);
  };
  return (
    <>
      <label for="lab-inspect-preset">Server profile (shared with the Sign tab)</label>
      <ChoiceSelect
        id="lab-inspect-preset"
        value={presetId}
        choices={PRESET_CHOICES}
        onChoose={(id) => {
          setDraft(undefined);
          lab.getState().setInputProblem('profile', undefined);
          lab.getState().choosePreset(id);
        }}
      />
      <label for="lab-inspect-profile">Profile settings (JSON, prosody's names)</label>
      <textarea
        id="lab-inspect-profile"
        class="lab-mono"
        rows={8}
        spellcheck={false}
        value={draft ?? canonical}
        aria-invalid={problem !== undefined}
        aria-describedby="lab-inspect-profile-problem"
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={() => {
          if (problem === undefined) setDraft(undefined);
        }}
      />
      <p id="lab-inspect-profile-problem" class="lab-field-fail">
        {problem ?? ''}
      </p>
    </>
  );
}

/** The preset a token most likely meets: JaaS by its kid, else by its algorithm. */
function guessPreset(decoded: DecodedToken): PresetId | undefined {
  const { alg, kid } = decoded.header;
  if (typeof kid === 'string' && kid.startsWith('vpaas-magic-cookie-')) return 'jaas';
  if (typeof alg !== 'string') return undefined;
  if (alg.startsWith('RS')) return 'docker-asap';
  if (alg.startsWith('HS')) return 'docker-hs256';
  return undefined;
}

/** When the token's algorithm is not the profile's: say so, and offer the profile it fits. */
function AlgorithmHint({ decoded, lab }: { decoded: Decoded; lab: LabStore }) {
  const hmac = useStore(lab, (s) => isHmac(s.profile));
  const presetId = useStore(lab, (s) => s.presetId);
  if (decoded === undefined || !decoded.ok) return null;
  const alg = decoded.value.header.alg;
  if (typeof alg !== 'string' || alg.startsWith('HS') === hmac) return null;
  const guessed = guessPreset(decoded.value);
  return (
    <p class="lab-note">
      This token is signed with {alg}; the lab's profile expects {hmac ? 'HS' : 'RS'} signatures.
      {guessed === undefined || guessed === presetId ? null : (
        <>
          {' '}
          <button type="button" class="button" onClick={() => lab.getState().choosePreset(guessed)}>
            Use {presetById(guessed).label}
          </button>
        </>
      )}
    </p>
  );
}
