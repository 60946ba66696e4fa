import { describeTime } from '../format-time.ts';
import { isJsonObject } from '../json-guards.ts';
import type { Check, JsonObject } from '../types.ts';
import { makeCheck } from './make-check.ts';

/** Feature keys the jitsi-meet web client knows (MEET_FEATURES). */
export const KNOWN_FEATURES: readonly string[] = [
  'branding',
  'calendar',
  'create-polls',
  'file-upload',
  'flip',
  'inbound-call',
  'livestreaming',
  'live-translation',
  'lobby',
  'moderation',
  'outbound-call',
  'recording',
  'room',
  'screen-sharing',
  'send-groupchat',
  'send-private-message',
  'list-visitors',
  'sip-inbound-call',
  'sip-outbound-call',
  'transcription',
];

const FEATURE_VALUES: readonly unknown[] = [true, false, 'true', 'false'];

const client = (
  id: string,
  status: Check['status'],
  title: string,
  message: string,
  extras?: Parameters<typeof makeCheck>[5],
) => makeCheck(id, 'client', status, title, message, extras);

/** What the jitsi-meet web client flags about a token (validateJwt); warnings, not refusals. */
export function clientChecks(payload: JsonObject, now: number): Check[] {
  const checks: Check[] = [];
  const context = payload.context;
  if (!isJsonObject(context)) {
    checks.push(
      client(
        'client-context',
        'warn',
        'Context (context)',
        'No context object: the web client warns, and shows no name, email or avatar from the token.',
        {
          fix: 'Add "context": { "user": { "name": ..., "email": ... } }.',
          claim: 'context',
        },
      ),
    );
  } else {
    checks.push(
      client('client-context', 'pass', 'Context (context)', 'context is present.', {
        claim: 'context',
      }),
    );
    const features = context.features;
    if (features !== undefined) {
      if (!isJsonObject(features)) {
        checks.push(
          client(
            'client-features',
            'warn',
            'Features (context.features)',
            'context.features is not an object; the client ignores it.',
            {
              fix: 'Write features as { "recording": true, ... }.',
              claim: 'context.features',
            },
          ),
        );
      } else {
        const unknown = Object.keys(features).filter((key) => !KNOWN_FEATURES.includes(key));
        const badValues = Object.entries(features)
          .filter(([key, value]) => KNOWN_FEATURES.includes(key) && !FEATURE_VALUES.includes(value))
          .map(([key]) => key);
        if (unknown.length === 0 && badValues.length === 0) {
          checks.push(
            client(
              'client-features',
              'pass',
              'Features (context.features)',
              'Every feature key and value is known to the client.',
              { claim: 'context.features' },
            ),
          );
        } else {
          const parts: string[] = [];
          if (unknown.length > 0)
            parts.push(
              `unknown feature key${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`,
            );
          if (badValues.length > 0)
            parts.push(
              `value${badValues.length > 1 ? 's' : ''} not true/false/"true"/"false" for: ${badValues.join(', ')}`,
            );
          checks.push(
            client(
              'client-features',
              'warn',
              'Features (context.features)',
              `The web client warns about ${parts.join('; ')}.`,
              {
                fix: `Use keys the client knows (${KNOWN_FEATURES.join(', ')}) with true, false, "true" or "false".`,
                claim: 'context.features',
              },
            ),
          );
        }
      }
    }
  }
  const exp = payload.exp;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) {
    checks.push(
      client(
        'client-exp',
        'warn',
        'Expiry (exp) for the client',
        `exp is ${exp === undefined ? 'absent' : `not a number`}; the web client reports the token as having no valid expiry.`,
        {
          fix: 'Add a numeric exp (seconds since 1970).',
          claim: 'exp',
        },
      ),
    );
  }
  const nbf = payload.nbf;
  if (typeof nbf === 'number' && nbf > now) {
    checks.push(
      client(
        'client-nbf',
        'warn',
        'Not before (nbf) in the future',
        `nbf is in the future (${describeTime(nbf, now, 'nbf')}); the client flags it.`,
        {
          fix: 'Set nbf a little in the past.',
          claim: 'nbf',
        },
      ),
    );
  }
  return checks;
}
