import { useState } from 'preact/hooks';
import type { LauncherConfig } from '../config/launcher-config.ts';
import { type EnvNote, profileFromDockerEnv } from '../core/profile-from-docker-env.ts';
import type { LabStore } from './lab-store.ts';

export interface EnvImportProps {
  lab: LabStore;
  config: LauncherConfig;
}

/** Largest file taken from a drop or the file picker: a docker-jitsi-meet .env is a few kB. */
const MAX_FILE_BYTES = 256 * 1024;

/**
 * docker-jitsi-meet's `.env` as the lab's server profile: pasted or dropped, read in the page
 * (never sent anywhere), with a note for each setting that changes the verdict. The secret it
 * holds goes to the lab's secret field, in memory only.
 */
export function EnvImport({ lab, config }: EnvImportProps) {
  const [text, setText] = useState('');
  const [notes, setNotes] = useState<EnvNote[] | undefined>(undefined);
  const [over, setOver] = useState(false);

  const load = (source: string) => {
    const read = profileFromDockerEnv(source);
    const extra: EnvNote[] = [];
    const { replaceProfile, setTarget } = lab.getState();
    replaceProfile(read.profile, read.secret);
    if (read.domain !== undefined) {
      if (config.domains.includes(read.domain)) {
        setTarget({ domain: read.domain });
      } else {
        extra.push({
          level: 'warning',
          setting: 'PUBLIC_URL',
          message: `PUBLIC_URL names ${read.domain}, which is not among this launcher's domains (${config.domains.join(', ')}): the lab still judges for ${lab.getState().target.domain}. Add it to "domains" in config.json to join it.`,
        });
      }
    }
    setNotes([...read.notes, ...extra]);
    // The text may hold the secret: it is not kept once read.
    setText('');
  };

  const readFile = (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_FILE_BYTES) {
      setNotes([
        {
          level: 'warning',
          setting: file.name,
          message: `${file.name} is ${file.size} bytes; a docker-jitsi-meet .env is a few kB. Choose the .env file itself.`,
        },
      ]);
      return;
    }
    void file
      .text()
      .then(load, () =>
        setNotes([
          { level: 'warning', setting: file.name, message: `Could not read ${file.name}.` },
        ]),
      );
  };

  return (
    <details class="lab-env">
      <summary>Load docker-jitsi-meet's .env</summary>
      <div class="lab-fields">
        <label for="lab-env-text">Paste the .env here, or drop the file on this box</label>
        <textarea
          id="lab-env-text"
          class="lab-mono lab-env-drop"
          data-over={over}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            readFile(e.dataTransfer?.files[0]);
          }}
          rows={5}
          spellcheck={false}
          placeholder={'ENABLE_AUTH=1\nAUTH_TYPE=jwt\nJWT_APP_ID=my_jitsi_app_id'}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="lab-actions">
          <button
            type="button"
            class="button"
            disabled={text.trim() === ''}
            onClick={() => load(text)}
          >
            Use these settings
          </button>
          <label for="lab-env-file">or read a file:</label>
          <input
            id="lab-env-file"
            type="file"
            accept=".env,text/plain"
            onChange={(e) => readFile(e.currentTarget.files?.[0])}
          />
        </div>
        <p class="lab-note">
          Read in this page only. JWT_APP_SECRET goes to the secret field and stays in memory.
        </p>
      </div>
      {notes === undefined ? null : (
        <ul class="lab-env-notes" aria-label="What the .env changes">
          {notes.map((note) => (
            <li key={`${note.setting}-${note.message}`} data-level={note.level}>
              {note.level === 'warning' ? 'Warning: ' : ''}
              <code>{note.setting}</code>: {note.message}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
