import { useState } from 'preact/hooks';
import { meetingUrl } from '../core/meeting-url.ts';
import { compareAnswer } from '../probe/compare-answer.ts';
import type { JoinAnswer, LoginAnswer } from '../probe/probe-types.ts';
import { useStore } from '../store/use-store.ts';
import { askServer, type ServerAnswer } from './ask-server.ts';
import type { LabStore } from './lab-store.ts';

type ProbeState =
  | { status: 'idle' }
  | { status: 'asking'; url: string }
  | { status: 'done'; token: string; answer: ServerAnswer };

const quoted = (text: string | null) => (text ? ` "${text}"` : '');

function loginLine(login: LoginAnswer): string {
  return login.ok
    ? 'Login: accepted.'
    : `Login: refused, ${login.condition ?? 'failure'}${quoted(login.reason)}.`;
}

function joinLine(join: JoinAnswer): string {
  if (join.ok)
    return `Room join: accepted as token-probe (affiliation ${join.affiliation}, role ${join.role}), left at once.`;
  const who = join.step === 'focus' ? 'the focus refused the conference request' : 'refused';
  return `Room join: ${who}, ${join.condition}${quoted(join.reason)}.`;
}

/**
 * "Test on the server" (under `npm run dev`): the dev server connects to the meeting's Jitsi
 * server as its web client does, with the lab's token, and the server's own answer is shown
 * beside the verdict, with where the two part.
 */
export function ServerProbe({ lab, fetch: doFetch }: { lab: LabStore; fetch?: typeof fetch }) {
  const preview = useStore(lab, (s) => s.preview);
  const target = useStore(lab, (s) => s.target);
  const [join, setJoin] = useState(false);
  const [state, setState] = useState<ProbeState>({ status: 'idle' });
  const url = meetingUrl(target);
  const token = preview.status === 'signed' ? preview.token : undefined;

  const test = async () => {
    if (token === undefined) return;
    setState({ status: 'asking', url });
    const answer = await askServer({ url, token, join }, doFetch);
    setState({ status: 'done', token, answer });
  };

  return (
    <section class="lab-card lab-probe" aria-labelledby="lab-probe-title">
      <h2 id="lab-probe-title">The server's own answer</h2>
      <p class="lab-note">
        This dev server connects to {url} as the Jitsi web client does and reports what the server
        says to this token. The login shows nobody anything; a room join shows token-probe in the
        room for a moment.
      </p>
      <label class="lab-check">
        <input
          type="checkbox"
          checked={join}
          onChange={(event) => setJoin(event.currentTarget.checked)}
        />{' '}
        Also join the room
      </label>
      <button
        type="button"
        class="button"
        disabled={token === undefined || state.status === 'asking'}
        aria-describedby={token === undefined ? 'lab-probe-why' : undefined}
        onClick={() => void test()}
      >
        Test on the server
      </button>
      {token === undefined ? (
        <p id="lab-probe-why" class="lab-note">
          Sign a token first: the verdict card says what is missing.
        </p>
      ) : null}
      <div role="status" aria-live="polite" class="lab-probe-answer">
        {state.status === 'asking' ? <p>Asking the server at {state.url}…</p> : null}
        {state.status === 'done' ? (
          <ProbeAnswer
            answer={state.answer}
            stale={state.token !== token}
            verdict={
              preview.status === 'signed' && state.token === token ? preview.verdict : undefined
            }
          />
        ) : null}
      </div>
    </section>
  );
}

function ProbeAnswer({
  answer,
  stale,
  verdict,
}: {
  answer: ServerAnswer;
  stale: boolean;
  verdict:
    | { login: { ok: boolean; reason?: string }; join: { ok: boolean; reason?: string } }
    | undefined;
}) {
  if (answer.kind === 'dev-server') return <p class="lab-warning">{answer.message}</p>;
  const notes = answer.serverNotes.map((note) => (
    <p key={note} class="lab-note">
      {note}
    </p>
  ));
  if (answer.kind === 'unreachable')
    return (
      <>
        <p class="lab-warning">Could not ask the server: {answer.failure.message}</p>
        <p class="lab-note">Fix: {answer.failure.fix}</p>
        {notes}
      </>
    );
  const comparison =
    verdict === undefined
      ? undefined
      : compareAnswer({ ...verdict, profile: 'given' }, answer.login, answer.join);
  return (
    <>
      <p>
        {answer.host} answered{stale ? ' (for an earlier token)' : ''}:
      </p>
      <ul class="lab-probe-stages">
        <li data-ok={answer.login.ok}>{loginLine(answer.login)}</li>
        {answer.join === null ? null : <li data-ok={answer.join.ok}>{joinLine(answer.join)}</li>}
      </ul>
      {comparison === undefined ? null : comparison.agree ? (
        <p>The server agrees with the verdict.</p>
      ) : (
        <>
          <p class="lab-warning">The server and the verdict disagree:</p>
          <ul>
            {comparison.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {notes}
    </>
  );
}
