import type { StageOutcome } from '../core/types.ts';

/** Where the probe connects, as the web client would (config.js, or the flags). */
export interface ServerSettings {
  /** The XMPP WebSocket, before the probe adds ?room= and ?token=. */
  websocket: string;
  xmppDomain: string;
  mucDomain: string;
  /** Where the conference request goes (hosts.focus, default focus.<xmppDomain>). */
  focus: string;
  /** The config.js read, or null when the flags named everything. */
  configJs: string | null;
  /** Settings that are guesses or differ from what the web client does, in plain words. */
  notes: string[];
}

/** The server's answer to the login (SASL ANONYMOUS with the token on the URL). */
export interface LoginAnswer {
  ok: boolean;
  /** The SASL failure condition (not-allowed), null on success. */
  condition: string | null;
  /** The server's text, e.g. "Invalid signature". */
  reason: string | null;
}

/** The server's answer to the room stage: the conference request, then the MUC join. */
export type JoinAnswer =
  | { ok: true; affiliation: string; role: string }
  | { ok: false; step: 'focus' | 'join'; condition: string; reason: string | null };

export type ProbeStep = 'config' | 'connect' | 'open' | 'auth' | 'focus' | 'join';

export type ProbeFailureKind =
  | 'unreachable'
  | 'tls'
  | 'http-status'
  | 'timeout'
  | 'not-xmpp'
  | 'stream-error'
  | 'config-js';

/** The server could not be asked: nothing to compare. */
export interface ProbeFailure {
  kind: ProbeFailureKind;
  step: ProbeStep;
  /** The URL tried (the token is never part of it). */
  url: string;
  message: string;
  fix: string;
}

/** Milliseconds each stage took. */
export interface ProbeTimings {
  config?: number;
  login?: number;
  focus?: number;
  join?: number;
}

export interface Prediction {
  login: StageOutcome;
  join: StageOutcome;
  /** "given": judged with the --profile; "assumed": without one (signature and issuer unchecked). */
  profile: 'given' | 'assumed';
}

export interface Comparison {
  agree: boolean;
  /** Where prediction and server part, and which server setting could explain it. */
  notes: string[];
}

export type ProbeReport =
  | {
      ok: true;
      server: ServerSettings;
      login: LoginAnswer;
      join: JoinAnswer | null;
      predicted: Prediction;
      comparison: Comparison;
      timings: ProbeTimings;
    }
  | { ok: false; failure: ProbeFailure; server: ServerSettings | null; timings: ProbeTimings };
