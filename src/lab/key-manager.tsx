import { useState } from 'preact/hooks';
import { claimDate } from '../core/format-time.ts';
import { useStore } from '../store/use-store.ts';
import type { Output } from './clipboard.ts';
import { isHmac, type LabStore } from './lab-store.ts';
import { freshKid } from './next-kid.ts';

export interface KeyManagerProps {
  lab: LabStore;
  output: Output;
}

/** When a key was made; a stored time no Date can hold (NaN, 1e300) is not shown as "Invalid Date". */
function createdText(createdAtMs: number): string {
  const date = claimDate(createdAtMs / 1000);
  return date === undefined ? 'creation time unknown' : `created ${date.toLocaleString()}`;
}

/** The key the lab signs with: the dev RSA key (or an imported one), or the HS secret. */
export function KeyManager({ lab, output }: KeyManagerProps) {
  const hmac = useStore(lab, (s) => isHmac(s.profile));
  return (
    <section class="lab-card" aria-labelledby="lab-keys-title">
      <h2 id="lab-keys-title">Signing key</h2>
      {hmac ? <SecretField lab={lab} /> : <RsaKeys lab={lab} output={output} />}
    </section>
  );
}

function SecretField({ lab }: { lab: LabStore }) {
  const secret = useStore(lab, (s) => s.secret);
  const remembered = useStore(lab, (s) => s.secretRemembered);
  const [shown, setShown] = useState(false);
  const { setSecret, setSecretRemembered } = lab.getState();
  return (
    <div class="lab-fields">
      <label for="lab-secret">App secret (HS256, the server's app_secret / JWT_APP_SECRET)</label>
      {shown ? (
        <input
          id="lab-secret"
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={secret}
          onInput={(e) => setSecret(e.currentTarget.value)}
        />
      ) : (
        <input
          id="lab-secret"
          type="password"
          autoComplete="off"
          value={secret}
          onInput={(e) => setSecret(e.currentTarget.value)}
        />
      )}
      <label class="lab-check">
        <input
          type="checkbox"
          checked={shown}
          onChange={(e) => setShown(e.currentTarget.checked)}
        />{' '}
        Show the secret
      </label>
      <label class="lab-check">
        <input
          type="checkbox"
          checked={remembered}
          onChange={(e) => setSecretRemembered(e.currentTarget.checked)}
        />{' '}
        Remember it in this tab until it closes
      </label>
      <p class="lab-note">
        {remembered
          ? 'Kept in sessionStorage: any script on this origin can read it. Use a development secret only.'
          : 'Kept in memory only: a reload forgets it.'}
      </p>
    </div>
  );
}

function RsaKeys({ lab, output }: KeyManagerProps) {
  const keys = useStore(lab, (s) => s.keys);
  const status = useStore(lab, (s) => s.keysStatus);
  const activeKid = useStore(lab, (s) => s.activeKid);
  const problem = useStore(lab, (s) => s.keyProblem);
  const { selectKey, generateKey, rotateKey } = lab.getState();
  const retiredKids = useStore(lab, (s) => s.retiredKids);
  const [newKid, setNewKid] = useState('');
  const suggested = freshKid({ keys, retiredKids, activeKid });
  const active = keys.find((k) => k.kid === activeKid);

  return (
    <div class="lab-keys">
      {status.status === 'loading' ? (
        <p role="status">Loading the keys kept in this browser…</p>
      ) : null}
      {status.status === 'memory-only' ? (
        <p class="lab-warning" role="alert">
          {status.message}
        </p>
      ) : null}
      {keys.length > 0 ? (
        <fieldset>
          <legend>Sign with</legend>
          {keys.map((key) => (
            <label class="lab-check" key={key.kid}>
              <input
                type="radio"
                name="lab-active-key"
                value={key.kid}
                checked={key.kid === activeKid}
                onChange={() => selectKey(key.kid)}
              />{' '}
              <code>{key.kid}</code> ({key.origin}, {createdText(key.createdAt)})
            </label>
          ))}
        </fieldset>
      ) : status.status === 'loading' ? null : (
        <p>No key yet: the first token makes one, or generate it now.</p>
      )}
      {active === undefined ? null : <PublicKey lab={lab} kid={active.kid} output={output} />}
      <form
        class="lab-inline"
        onSubmit={(e) => {
          e.preventDefault();
          const made = newKid.trim() === '' ? rotateKey() : generateKey(newKid);
          void made.then(() => setNewKid(''));
        }}
      >
        <label for="lab-new-kid">New key id (kid)</label>
        <input
          id="lab-new-kid"
          placeholder={suggested}
          value={newKid}
          spellcheck={false}
          onInput={(e) => setNewKid(e.currentTarget.value)}
        />
        <button type="submit" class="button" aria-describedby="lab-new-kid-note">
          Generate a new key
        </button>
      </form>
      <p id="lab-new-kid-note" class="lab-note">
        The new key signs from then on. Servers cache keys by kid, so each new key gets a new kid:{' '}
        {suggested} when the field is left empty.
      </p>
      <ImportKey lab={lab} />
      {problem === undefined ? null : (
        <p class="lab-warning" role="alert">
          {problem}
        </p>
      )}
      {active === undefined ? null : <DeleteKey lab={lab} kid={active.kid} />}
    </div>
  );
}

function PublicKey({ lab, kid, output }: { lab: LabStore; kid: string; output: Output }) {
  const files = useStore(lab, (s) => s.publicFiles[kid]);
  const published = useStore(lab, (s) => s.published[kid]);
  const keyServer = useStore(lab, (s) => s.profile.asap_key_server);
  const [copied, setCopied] = useState('');
  if (files === undefined) return <p role="status">Reading the public key…</p>;
  const copy = () =>
    output.copy(files.pem).then(
      () => setCopied('Public key copied.'),
      () => setCopied('Could not copy here: select the text instead.'),
    );
  return (
    <div class="lab-public-key">
      <p>Private key: non-extractable, kept in this browser (IndexedDB). It never leaves it.</p>
      <label for="lab-public-pem">Public key of {kid} (SPKI PEM)</label>
      <textarea id="lab-public-pem" readOnly rows={6} value={files.pem} class="lab-mono" />
      <div class="lab-actions">
        <button type="button" class="button" onClick={() => void copy()}>
          Copy PEM
        </button>
        <button
          type="button"
          class="button"
          onClick={() => output.download('public-key.pem', files.pem, 'application/x-pem-file')}
        >
          Download PEM
        </button>
        <button
          type="button"
          class="button"
          onClick={() =>
            output.download(
              'jwks.json',
              `${JSON.stringify(files.jwks, null, 2)}\n`,
              'application/json',
            )
          }
        >
          Download JWKS
        </button>
        <button
          type="button"
          class="button"
          onClick={() => output.download(files.asapFile, files.pem, 'application/x-pem-file')}
        >
          Download {files.asapFile.slice(0, 12)}….pem
        </button>
      </div>
      <p class="lab-note">
        A key server serves it as <code>{files.asapFile}</code>
        {keyServer === undefined ? '' : ` (${keyServer.replace(/\/+$/, '')}/${files.asapFile})`}.
      </p>
      <p class="lab-note" role="status" data-publish={published?.status ?? 'off'}>
        {published === undefined || published.status === 'off'
          ? 'Not published by a dev server here: put the file above on your key server (any static host).'
          : published.status === 'publishing'
            ? 'Publishing to the dev server…'
            : published.status === 'published'
              ? `Served by this dev server at ${published.url}`
              : published.message}
      </p>
      <p class="lab-note" role="status">
        {copied}
      </p>
    </div>
  );
}

function ImportKey({ lab }: { lab: LabStore }) {
  const [text, setText] = useState('');
  const [kid, setKid] = useState('');
  return (
    <details class="lab-import">
      <summary>Import a private key (PKCS#8 PEM or JWK), e.g. a JaaS key</summary>
      <form
        class="lab-fields"
        onSubmit={(e) => {
          e.preventDefault();
          void lab
            .getState()
            .importKey(text, kid)
            .then(() => {
              if (lab.getState().keyProblem === undefined) {
                setText('');
                setKid('');
              }
            });
        }}
      >
        <label for="lab-import-text">Private key</label>
        <textarea
          id="lab-import-text"
          rows={5}
          class="lab-mono"
          spellcheck={false}
          value={text}
          placeholder="-----BEGIN PRIVATE KEY-----"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <label for="lab-import-kid">Its kid (JaaS: vpaas-magic-cookie-…/…)</label>
        <input
          id="lab-import-kid"
          spellcheck={false}
          value={kid}
          onInput={(e) => setKid(e.currentTarget.value)}
        />
        <p class="lab-note">The key is stored non-extractable; the text you pasted is not kept.</p>
        <button type="submit" class="button">
          Import key
        </button>
      </form>
    </details>
  );
}

/** Apart from the everyday actions, and asked twice: deleting cannot be undone. */
function DeleteKey({ lab, kid }: { lab: LabStore; kid: string }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="lab-danger" aria-labelledby="lab-danger-title">
      <h3 id="lab-danger-title">Delete</h3>
      {confirming ? (
        <fieldset class="lab-confirm">
          <legend>Delete {kid}?</legend>
          <p>
            Servers that fetched it keep it cached until they restart, so its tokens may still be
            accepted there. Its kid is never used again.
          </p>
          <div class="lab-actions">
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
            <button
              type="button"
              class="button button--danger-strong"
              onClick={() => {
                setConfirming(false);
                void lab.getState().deleteKey(kid);
              }}
            >
              Delete for good
            </button>
          </div>
        </fieldset>
      ) : (
        <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
          Delete this key
        </button>
      )}
    </section>
  );
}
