import { useState } from 'preact/hooks';
import { nestsDeeperThan } from '../core/format-json.ts';
import type { Check } from '../core/types.ts';
import { useStore } from '../store/use-store.ts';
import { type Choice, ChoiceSelect } from './choice-select.tsx';
import { type Affiliation, type ClaimForm, FEATURE_KEYS, isObject } from './claim-form.ts';
import type { LabStore } from './lab-store.ts';

const AFFILIATIONS: readonly Choice<Affiliation>[] = [
  { value: '', label: '(not set)' },
  { value: 'owner', label: 'owner' },
  { value: 'moderator', label: 'moderator' },
  { value: 'teacher', label: 'teacher' },
  { value: 'member', label: 'member' },
];

type TextField =
  | 'iss'
  | 'aud'
  | 'sub'
  | 'room'
  | 'userId'
  | 'userName'
  | 'userEmail'
  | 'userAvatar';

const TEXT_FIELDS: readonly { field: TextField; label: string; hint?: string }[] = [
  { field: 'iss', label: 'Issuer (iss)', hint: 'must be one of the accepted issuers' },
  { field: 'aud', label: 'Audience (aud)' },
  {
    field: 'sub',
    label: 'Subject (sub)',
    hint: 'the XMPP domain (e.g. meet.jitsi), or the tenant on https://DOMAIN/TENANT/ROOM',
  },
  {
    field: 'room',
    label: 'Room (room)',
    hint: 'as the server compares it: "Daily Standup" is daily%20standup; * for any room',
  },
  { field: 'userId', label: 'User id (context.user.id)' },
  { field: 'userName', label: 'User name (context.user.name)' },
  { field: 'userEmail', label: 'User email (context.user.email)' },
  { field: 'userAvatar', label: 'Avatar URL (context.user.avatar)' },
];

/** The claim each top-level text field writes. */
const CLAIM_OF: Partial<Record<TextField, string>> = {
  iss: 'iss',
  aud: 'aud',
  sub: 'sub',
  room: 'room',
};

/**
 * When the raw JSON decides a claim instead of the field (it removed the claim, or wrote a value
 * the field cannot hold), what the token has: the field shows it rather than a stale value.
 */
function jsonNote(
  field: TextField,
  value: string,
  extra: Record<string, unknown>,
  omitted: readonly string[],
): string | undefined {
  const claim = CLAIM_OF[field] ?? field;
  if (omitted.includes(claim)) {
    return `Not in the token: the raw JSON removed ${claim}. Type here to put it back.`;
  }
  if (claim in extra && extra[claim] !== value) {
    return `${claim} is written in the raw JSON as ${JSON.stringify(extra[claim])}; type here to replace it.`;
  }
  return undefined;
}

/** The first failing (else warning) check about each claim the text fields edit. */
function fieldProblems(checks: readonly Check[]): Partial<Record<TextField, Check>> {
  const found: Partial<Record<TextField, Check>> = {};
  for (const status of ['fail', 'warn'] as const) {
    for (const check of checks) {
      const field = TEXT_FIELDS.find((f) => f.field === check.claim)?.field;
      if (check.status === status && field !== undefined && found[field] === undefined) {
        found[field] = check;
      }
    }
  }
  return found;
}

function problemText(check: Check): string {
  const said =
    check.status === 'fail' && check.serverReason !== undefined
      ? `Server says "${check.serverReason}". `
      : '';
  return `${said}${check.message}${check.fix === undefined ? '' : ` Fix: ${check.fix}`}`;
}

/** Every Jitsi claim as a form, and the payload as raw JSON; an edit on either side shows on both. */
export function ClaimsEditor({ lab }: { lab: LabStore }) {
  const form = useStore(lab, (s) => s.form);
  const extra = useStore(lab, (s) => s.extra);
  const omitted = useStore(lab, (s) => s.omitted);
  const preview = useStore(lab, (s) => s.preview);
  const { updateForm } = lab.getState();
  const problems = preview.status === 'signed' ? fieldProblems(preview.verdict.checks) : {};
  return (
    <section class="lab-card" aria-labelledby="lab-claims-title">
      <h2 id="lab-claims-title">Claims</h2>
      <div class="lab-claims">
        <div class="lab-fields">
          {TEXT_FIELDS.map(({ field, label, hint }) => {
            const problem = problems[field];
            const fromJson =
              field in CLAIM_OF ? jsonNote(field, form[field], extra, omitted) : undefined;
            const described = [
              hint === undefined ? undefined : `lab-claim-${field}-hint`,
              fromJson === undefined ? undefined : `lab-claim-${field}-json`,
              problem === undefined ? undefined : `lab-claim-${field}-problem`,
            ].filter((id) => id !== undefined);
            return (
              <div class="lab-field" key={field}>
                <label for={`lab-claim-${field}`}>{label}</label>
                <input
                  id={`lab-claim-${field}`}
                  spellcheck={false}
                  value={fromJson === undefined ? form[field] : ''}
                  aria-invalid={problem?.status === 'fail'}
                  aria-describedby={described.length === 0 ? undefined : described.join(' ')}
                  onInput={(e) => updateForm({ [field]: e.currentTarget.value })}
                />
                {hint === undefined ? null : (
                  <small id={`lab-claim-${field}-hint`} class="lab-note">
                    {hint}
                  </small>
                )}
                {fromJson === undefined ? null : (
                  <small id={`lab-claim-${field}-json`} class="lab-note">
                    {fromJson}
                  </small>
                )}
                {problem === undefined ? null : (
                  <small
                    id={`lab-claim-${field}-problem`}
                    class={problem.status === 'fail' ? 'lab-field-fail' : 'lab-note'}
                  >
                    {problemText(problem)}
                  </small>
                )}
              </div>
            );
          })}
          <SecondsField
            lab={lab}
            input="lifetime"
            field="lifetimeSeconds"
            claim="exp"
            label="Lifetime in seconds (exp = now + this)"
            min={1}
          />
          <SecondsField
            lab={lab}
            input="nbf"
            field="nbfMarginSeconds"
            claim="nbf"
            label="Not-before margin in seconds (nbf = now − this)"
            min={0}
          />
          <label class="lab-check">
            <input
              type="checkbox"
              checked={form.roomRegex}
              onChange={(e) => updateForm({ roomRegex: e.currentTarget.checked })}
            />{' '}
            The room claim is a Lua pattern (context.room.regex)
          </label>
          <label class="lab-check">
            <input
              type="checkbox"
              checked={form.moderator}
              onChange={(e) => updateForm({ moderator: e.currentTarget.checked })}
            />{' '}
            Moderator (context.user.moderator)
          </label>
          <label for="lab-claim-affiliation">Affiliation (context.user.affiliation)</label>
          <ChoiceSelect
            id="lab-claim-affiliation"
            value={form.affiliation}
            choices={AFFILIATIONS}
            onChoose={(affiliation) => updateForm({ affiliation })}
          />
          <Features form={form} lab={lab} />
        </div>
        <RawJson lab={lab} />
      </div>
    </section>
  );
}

/** The twenty feature flags, folded away behind a summary that says how many are set. */
function Features({ form, lab }: { form: ClaimForm; lab: LabStore }) {
  const { updateForm } = lab.getState();
  const set = FEATURE_KEYS.filter((key) => form.features[key] !== undefined).length;
  return (
    <details class="lab-features">
      <summary>
        Features (context.features):{' '}
        {set === 0 ? 'none set' : `${set} of ${FEATURE_KEYS.length} set`}
      </summary>
      <label class="lab-check">
        <input
          type="checkbox"
          checked={form.featuresAsStrings}
          onChange={(e) => updateForm({ featuresAsStrings: e.currentTarget.checked })}
        />{' '}
        Write values as strings ("true"), as JaaS does
      </label>
      <div class="lab-feature-grid">
        {FEATURE_KEYS.map((key) => (
          <div key={key} class="lab-field">
            <label for={`lab-feature-${key}`}>{key}</label>
            <select
              id={`lab-feature-${key}`}
              value={form.features[key] ?? 'unset'}
              onChange={(e) => {
                const value = e.currentTarget.value;
                const features = { ...form.features };
                if (value === 'true' || value === 'false') features[key] = value;
                else delete features[key];
                updateForm({ features });
              }}
            >
              <option value="unset">not set</option>
              <option value="true">true</option>
              <option value="false">false</option>
            </select>
          </div>
        ))}
      </div>
    </details>
  );
}

interface SecondsFieldProps {
  lab: LabStore;
  input: 'lifetime' | 'nbf';
  field: 'lifetimeSeconds' | 'nbfMarginSeconds';
  claim: 'exp' | 'nbf';
  label: string;
  min: number;
}

/**
 * Whole seconds. Text the lab cannot use stays as typed, marked with the reason, and the verdict
 * is out of date until it is fixed; a claim written in the raw JSON says so here.
 */
function SecondsField({ lab, input, field, claim, label, min }: SecondsFieldProps) {
  const value = useStore(lab, (s) => s.form[field]);
  const written = useStore(lab, (s) => s.extra[claim]);
  const removed = useStore(lab, (s) => s.omitted.includes(claim));
  const problem = useStore(lab, (s) => s.inputProblems[input]);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const id = `lab-claim-${input}`;
  const onInput = (text: string) => {
    setDraft(text);
    const { setInputProblem, updateForm } = lab.getState();
    const seconds = /^\s*-?\d+\s*$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
    if (!Number.isSafeInteger(seconds) || seconds < min) {
      const shown = text.trim() === '' ? 'an empty field' : `"${text.trim()}"`;
      setInputProblem(
        input,
        `${label.replace(/ \(.*$/, '')}: ${shown} is not a whole number of seconds of ${min} or more.`,
      );
      return;
    }
    setInputProblem(input, undefined);
    setDraft(undefined);
    updateForm({ [field]: seconds });
  };
  const note =
    problem !== undefined
      ? undefined
      : removed
        ? `Not in the token: the raw JSON removed ${claim}. Type a value here to put it back.`
        : written === undefined
          ? undefined
          : `${claim} is written in the raw JSON as ${JSON.stringify(written)}, so this field is not used; type a value here to go back to now ${claim === 'exp' ? '+' : '−'} seconds.`;
  return (
    <div class="lab-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        value={draft ?? (written === undefined && !removed ? String(value) : '')}
        placeholder={written === undefined && !removed ? undefined : 'set in the raw JSON'}
        aria-invalid={problem !== undefined}
        aria-describedby={`${id}-note`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <small id={`${id}-note`} class={problem === undefined ? 'lab-note' : 'lab-field-fail'}>
        {problem ?? note ?? ''}
      </small>
    </div>
  );
}

/** Deeper payloads are refused as typed: JSON.stringify and the signer cannot write thousands. */
const MAX_PAYLOAD_DEPTH = 32;

/**
 * The payload as JSON. While the user types, their text stays as typed; each edit that parses
 * to an object goes into the form. Anything the form cannot hold is kept and signed as written.
 */
function RawJson({ lab }: { lab: LabStore }) {
  const payload = useStore(lab, (s) => s.payload);
  const problem = useStore(lab, (s) => s.inputProblems.payload);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const canonical = payload === undefined ? '' : JSON.stringify(payload, null, 2);
  const onInput = (e: Event) => {
    if (!(e.currentTarget instanceof HTMLTextAreaElement)) return;
    const text = e.currentTarget.value;
    setDraft(text);
    const { setInputProblem, setPayload } = lab.getState();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setInputProblem('payload', `Payload (raw JSON): not JSON: ${reason}.`);
      return;
    }
    if (!isObject(parsed)) {
      setInputProblem('payload', 'Payload (raw JSON): it must be a JSON object ({ … }).');
      return;
    }
    if (nestsDeeperThan(parsed, MAX_PAYLOAD_DEPTH)) {
      setInputProblem(
        'payload',
        `Payload (raw JSON): it nests deeper than ${MAX_PAYLOAD_DEPTH} levels; a Jitsi token needs three or four.`,
      );
      return;
    }
    setPayload(parsed);
  };
  return (
    <div class="lab-raw">
      <label for="lab-raw-json">Payload (raw JSON)</label>
      <textarea
        id="lab-raw-json"
        class="lab-mono"
        rows={24}
        spellcheck={false}
        value={draft ?? canonical}
        aria-describedby="lab-raw-json-problem"
        aria-invalid={problem !== undefined}
        onInput={onInput}
        onBlur={() => {
          // Text the lab cannot use stays, marked, until it is fixed.
          if (problem === undefined) setDraft(undefined);
        }}
      />
      <p id="lab-raw-json-problem" class="lab-field-fail" role="status">
        {problem ?? ''}
      </p>
    </div>
  );
}
