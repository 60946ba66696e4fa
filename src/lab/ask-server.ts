import { isJsonObject, isStringArray } from '../core/json-guards.ts';
import type { JsonObject } from '../core/types.ts';
import type {
  JoinAnswer,
  LoginAnswer,
  ProbeFailure,
  ProbeFailureKind,
  ProbeStep,
} from '../probe/probe-types.ts';

/** The dev server's probe endpoint (src/dev/probe-middleware.ts). */
export const LAB_PROBE_URL = '/__lab/probe';

/** What the lab shows of the dev server's answer. */
export type ServerAnswer =
  | {
      kind: 'answered';
      host: string;
      serverNotes: string[];
      login: LoginAnswer;
      join: JoinAnswer | null;
    }
  | { kind: 'unreachable'; serverNotes: string[]; failure: ProbeFailure }
  | { kind: 'dev-server'; message: string };

const STEPS: readonly ProbeStep[] = ['config', 'connect', 'open', 'auth', 'focus', 'join'];
const FAILURES: readonly ProbeFailureKind[] = [
  'unreachable',
  'tls',
  'http-status',
  'timeout',
  'not-xmpp',
  'stream-error',
  'config-js',
];

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function readLogin(value: unknown): LoginAnswer | undefined {
  if (!isJsonObject(value) || typeof value.ok !== 'boolean') return undefined;
  return { ok: value.ok, condition: text(value.condition), reason: text(value.reason) };
}

function readJoin(value: unknown): JoinAnswer | null | undefined {
  if (value === null) return null;
  if (!isJsonObject(value)) return undefined;
  if (value.ok === true)
    return {
      ok: true,
      affiliation: text(value.affiliation) ?? 'none',
      role: text(value.role) ?? 'none',
    };
  if (value.ok !== false || typeof value.condition !== 'string') return undefined;
  return {
    ok: false,
    step: value.step === 'focus' ? 'focus' : 'join',
    condition: value.condition,
    reason: text(value.reason),
  };
}

function readFailure(value: unknown): ProbeFailure | undefined {
  if (!isJsonObject(value)) return undefined;
  const kind = FAILURES.find((known) => known === value.kind);
  const step = STEPS.find((known) => known === value.step);
  const { url, message, fix } = value;
  if (
    !kind ||
    !step ||
    typeof url !== 'string' ||
    typeof message !== 'string' ||
    typeof fix !== 'string'
  )
    return undefined;
  return { kind, step, url, message, fix };
}

function serverNotes(body: JsonObject): string[] {
  const server = body.server;
  return isJsonObject(server) && isStringArray(server.notes) ? server.notes : [];
}

function readAnswer(body: unknown): ServerAnswer {
  const unreadable: ServerAnswer = {
    kind: 'dev-server',
    message: 'The dev server answered something the lab cannot read.',
  };
  if (!isJsonObject(body)) return unreadable;
  if (body.error !== undefined) {
    const failure = readFailure(body.error);
    if (failure) return { kind: 'unreachable', serverNotes: serverNotes(body), failure };
    return typeof body.error === 'string'
      ? { kind: 'dev-server', message: body.error }
      : unreadable;
  }
  const login = readLogin(body.login);
  const join = readJoin(body.join);
  const server = body.server;
  if (!login || join === undefined || !isJsonObject(server) || typeof server.websocket !== 'string')
    return unreadable;
  let host = server.websocket;
  try {
    host = new URL(server.websocket).host;
  } catch {
    // Shown as given.
  }
  return { kind: 'answered', host, serverNotes: serverNotes(body), login, join };
}

export interface AskServerRequest {
  /** The meeting URL, https://DOMAIN[/TENANT]/ROOM. */
  url: string;
  token: string;
  join: boolean;
}

/** Asks the dev server to probe the Jitsi server with this token; never throws. */
export async function askServer(
  request: AskServerRequest,
  doFetch: typeof fetch = globalThis.fetch,
): Promise<ServerAnswer> {
  let response: Response;
  try {
    response = await doFetch(LAB_PROBE_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    return {
      kind: 'dev-server',
      message: 'The dev server did not answer: is npm run dev still running?',
    };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (response.status === 404)
    return {
      kind: 'dev-server',
      message: 'This server has no probe: "Test on the server" works under npm run dev only.',
    };
  return readAnswer(body);
}
