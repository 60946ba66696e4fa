import { isJsonObject } from '../json-guards.ts';
import type { Check, DecodedToken, Target } from '../types.ts';
import { makeCheck, show } from './make-check.ts';

const PREFIX = 'vpaas-magic-cookie-';

const jaas = (
  id: string,
  status: Check['status'],
  title: string,
  message: string,
  extras?: Parameters<typeof makeCheck>[5],
) => makeCheck(id, 'jaas', status, title, message, extras);

/** A sub naming a JaaS AppID: the web client then applies the JaaS rules whatever the server. */
export function looksLikeJaas(decoded: DecodedToken): boolean {
  const sub = decoded.payload.sub;
  return typeof sub === 'string' && sub.startsWith('vpaas-magic-cookie');
}

/**
 * The extra rules of JaaS (8x8.vc). For a JaaS profile they decide acceptance; for another
 * profile with a JaaS-looking sub they are only the web client's warnings (`asWarnings`).
 */
export function jaasChecks(decoded: DecodedToken, target: Target, asWarnings = false): Check[] {
  const { header, payload } = decoded;
  const checks: Check[] = [];
  const sub = payload.sub;
  const kid = header.kid;
  checks.push(
    typeof sub === 'string' && sub.startsWith(PREFIX)
      ? jaas('jaas-sub', 'pass', 'JaaS AppID (sub)', `sub is the AppID ${show(sub)}.`, {
          claim: 'sub',
        })
      : jaas(
          'jaas-sub',
          'fail',
          'JaaS AppID (sub)',
          `sub is ${show(sub)}; JaaS needs your AppID, "${PREFIX}<id>".`,
          {
            fix: 'Copy the AppID from the JaaS console into sub.',
            claim: 'sub',
          },
        ),
  );
  if (typeof kid !== 'string' || kid === '') {
    checks.push(
      jaas(
        'jaas-kid',
        'fail',
        'JaaS key id (kid)',
        'The header has no kid; JaaS finds your public key by it.',
        {
          fix: 'Set kid to "<AppID>/<key id>" from the JaaS console (API keys).',
          claim: 'kid',
        },
      ),
    );
  } else {
    const slash = kid.indexOf('/');
    const prefix = slash < 0 ? kid : kid.slice(0, slash);
    checks.push(
      slash > 0 && prefix === sub
        ? jaas('jaas-kid', 'pass', 'JaaS key id (kid)', `kid ${show(kid)} starts with the AppID.`, {
            claim: 'kid',
          })
        : jaas(
            'jaas-kid',
            'fail',
            'JaaS key id (kid)',
            `kid is ${show(kid)}; it must be "<AppID>/<key id>" with the AppID equal to sub (${show(sub)}).`,
            {
              fix: 'Use the full kid shown in the JaaS console, and the same AppID in sub.',
              claim: 'kid',
            },
          ),
    );
  }
  checks.push(
    payload.aud === 'jitsi'
      ? jaas('jaas-aud', 'pass', 'JaaS audience (aud)', 'aud "jitsi".', { claim: 'aud' })
      : jaas(
          'jaas-aud',
          'fail',
          'JaaS audience (aud)',
          `aud is ${show(payload.aud)}; JaaS needs "jitsi".`,
          { fix: 'Set aud to "jitsi".', claim: 'aud' },
        ),
  );
  checks.push(
    payload.iss === 'chat'
      ? jaas('jaas-iss', 'pass', 'JaaS issuer (iss)', 'iss "chat".', { claim: 'iss' })
      : jaas(
          'jaas-iss',
          'fail',
          'JaaS issuer (iss)',
          `iss is ${show(payload.iss)}; JaaS needs "chat".`,
          { fix: 'Set iss to "chat".', claim: 'iss' },
        ),
  );
  const context = payload.context;
  checks.push(
    isJsonObject(context) && isJsonObject(context.features)
      ? jaas(
          'jaas-features',
          'pass',
          'JaaS features (context.features)',
          'context.features is present.',
          { claim: 'context.features' },
        )
      : jaas(
          'jaas-features',
          'fail',
          'JaaS features (context.features)',
          'JaaS requires context.features; without it the meeting has none of the paid features and may be refused.',
          {
            fix: 'Add "features": { "livestreaming": "false", "recording": "false", "transcription": "false", "outbound-call": "false" } (strings "true"/"false").',
            claim: 'context.features',
          },
        ),
  );
  if (typeof sub === 'string' && !asWarnings) {
    checks.push(
      target.tenant === sub
        ? jaas('jaas-url', 'pass', 'JaaS meeting URL', `The URL names the AppID as tenant.`)
        : jaas(
            'jaas-url',
            'fail',
            'JaaS meeting URL',
            `JaaS meetings are at 8x8.vc/<AppID>/<room>; this URL's tenant is ${show(target.tenant)}, sub is ${show(sub)}.`,
            {
              fix: `Open https://8x8.vc/${sub}/${target.room}.`,
            },
          ),
    );
  }
  if (!asWarnings) return checks;
  return checks
    .filter((check) => check.id !== 'jaas-url')
    .map((check) =>
      check.status === 'fail'
        ? { ...check, stage: 'client' as const, status: 'warn' as const }
        : { ...check, stage: 'client' as const },
    );
}
