import { describeTime } from '../format-time.ts';
import type { Check, JsonObject } from '../types.ts';
import { loginCheck } from './login-check.ts';
import { show } from './make-check.ts';

/** Lua truthiness of a decoded JSON value: only absent (nil) and false are false. */
const present = (value: unknown): boolean => value !== undefined && value !== false;

export function timeChecks(payload: JsonObject, now: number): Check[] {
  const checks: Check[] = [];
  const { exp, nbf, iat } = payload;
  const expOk = !present(exp) || typeof exp === 'number';
  const nbfOk = !present(nbf) || typeof nbf === 'number';
  checks.push(
    expOk
      ? loginCheck(
          'exp-type',
          'pass',
          'exp is a number',
          present(exp) ? 'exp is a number.' : 'No exp.',
          { claim: 'exp' },
        )
      : loginCheck(
          'exp-type',
          'fail',
          'exp is a number',
          `exp is ${show(exp)}, not a JSON number.`,
          {
            serverReason: 'exp must be number',
            fix: 'Write exp as seconds since 1970 without quotes, e.g. "exp": 1767225600.',
            claim: 'exp',
          },
        ),
  );
  checks.push(
    nbfOk
      ? loginCheck(
          'nbf-type',
          'pass',
          'nbf is a number',
          present(nbf) ? 'nbf is a number.' : 'No nbf.',
          { claim: 'nbf' },
        )
      : loginCheck(
          'nbf-type',
          'fail',
          'nbf is a number',
          `nbf is ${show(nbf)}, not a JSON number.`,
          {
            serverReason: 'nbf must be number',
            fix: 'Write nbf as seconds since 1970 without quotes.',
            claim: 'nbf',
          },
        ),
  );
  if (typeof exp === 'number') {
    if (now >= exp) {
      const validFor = typeof iat === 'number' ? `, valid for:${exp - iat} sec` : '';
      checks.push(
        loginCheck(
          'exp',
          'fail',
          'Expiry (exp)',
          `The token ${describeTime(exp, now)}. The server allows no leeway.`,
          {
            serverReason: `Not acceptable by exp (${now - exp} sec since expired${validFor})`,
            fix: 'Get a fresh token; if it was fresh, check the clock of the machine that signed it.',
            claim: 'exp',
          },
        ),
      );
    } else {
      checks.push(
        loginCheck('exp', 'pass', 'Expiry (exp)', `The token ${describeTime(exp, now)}.`, {
          claim: 'exp',
        }),
      );
    }
  } else if (!present(exp)) {
    checks.push(
      loginCheck(
        'exp',
        'warn',
        'Expiry (exp)',
        'No exp: the server accepts it, and the token never expires. Anyone who copies it can use it for ever.',
        {
          fix: 'Add an exp a few hours ahead.',
          claim: 'exp',
        },
      ),
    );
  }
  if (typeof nbf === 'number') {
    if (now < nbf) {
      checks.push(
        loginCheck(
          'nbf',
          'fail',
          'Not before (nbf)',
          `The token is not valid yet: ${describeTime(nbf, now, 'nbf')}. The server allows no leeway, so a signer whose clock runs ahead makes tokens that fail.`,
          {
            serverReason: 'Not acceptable by nbf',
            fix: "Set nbf a little in the past (e.g. now - 10 s) or fix the signing machine's clock.",
            claim: 'nbf',
          },
        ),
      );
    } else {
      checks.push(
        loginCheck(
          'nbf',
          'pass',
          'Not before (nbf)',
          `The token is ${describeTime(nbf, now, 'nbf')}.`,
          {
            claim: 'nbf',
          },
        ),
      );
    }
  }
  return checks;
}
