/** Why `external_api.js` did not give us the IFrame API. */
export type ScriptError =
  | { kind: 'script-failed'; url: string; message: string }
  | { kind: 'script-timeout'; url: string; timeoutMs: number; message: string }
  | { kind: 'script-no-api'; url: string; message: string }
  | { kind: 'script-aborted'; url: string; message: string };
