import type { ProbeReport } from './probe-types.ts';

/**
 * The report as plain JSON (`jitsi-jwt probe --json`, and the dev server's answer to the lab):
 * `{server, login, join, predicted, agree, notes, timings}` (notes: where prediction and server
 * part), or `{server, error, timings}` when the server could not be asked.
 */
export function probeJson(report: ProbeReport): Record<string, unknown> {
  const server = report.server && {
    websocket: report.server.websocket,
    xmppDomain: report.server.xmppDomain,
    mucDomain: report.server.mucDomain,
    focus: report.server.focus,
    configJs: report.server.configJs,
    notes: report.server.notes,
  };
  if (!report.ok) {
    return {
      server,
      error: report.failure,
      timings: report.timings,
    };
  }
  const stage = (outcome: { ok: boolean; reason?: string }) => ({
    ok: outcome.ok,
    reason: outcome.reason ?? null,
  });
  return {
    server,
    login: report.login,
    join: report.join,
    predicted: {
      login: stage(report.predicted.login),
      join: stage(report.predicted.join),
      profile: report.predicted.profile,
    },
    agree: report.comparison.agree,
    notes: report.comparison.notes,
    timings: report.timings,
  };
}

/** 0 the server accepted every stage run, 1 it refused one, 3 it could not be asked. */
export function probeExitCode(report: ProbeReport): 0 | 1 | 3 {
  if (!report.ok) return 3;
  if (!report.login.ok) return 1;
  return report.join === null || report.join.ok ? 0 : 1;
}
