import { decodeHeaderOnly } from '../decode-token.ts';
import { describeTime } from '../format-time.ts';
import type {
  Check,
  DecodedToken,
  DecodeError,
  EffectiveProfile,
  JsonObject,
  JudgeOptions,
  Result,
} from '../types.ts';
import { makeCheck, show } from './make-check.ts';

const SUPPORTED = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512'];

const login = (
  id: string,
  status: Check['status'],
  title: string,
  message: string,
  extras?: Parameters<typeof makeCheck>[5],
) => makeCheck(id, 'login', status, title, message, extras);

/** The checks a key-server-mode server runs on the header before anything else. */
function keyServerChecks(raw: string, eff: EffectiveProfile, options: JudgeOptions): Check[] {
  const checks: Check[] = [];
  if (!raw.includes('.')) {
    checks.push(
      login(
        'key-header',
        'fail',
        'Header readable',
        'The token has no dots, so it has no header.',
        {
          serverReason: 'Invalid token',
          fix: 'Paste the whole JWT: header.payload.signature.',
        },
      ),
    );
    return checks;
  }
  const header = decodeHeaderOnly(raw);
  if (!header) {
    checks.push(
      login(
        'key-header',
        'fail',
        'Header readable',
        'The part before the first dot is not base64url-encoded JSON, so the server cannot read the kid.',
        { serverReason: 'bad token format', fix: 'Sign the token again with a JWT library.' },
      ),
    );
    return checks;
  }
  checks.push(login('key-header', 'pass', 'Header readable', 'The header decodes.'));
  const kid = header.kid;
  if (kid === undefined) {
    checks.push(
      login(
        'kid',
        'fail',
        'Key id (kid)',
        'The header has no kid, so the server cannot know which public key to fetch.',
        {
          serverReason: "'kid' claim is missing",
          fix: 'Put the kid of your key pair in the header (the key server serves <hex(sha256(kid))>.pem).',
          claim: 'kid',
        },
      ),
    );
    return checks;
  }
  checks.push(login('kid', 'pass', 'Key id (kid)', `kid ${show(kid)}.`, { claim: 'kid' }));
  const alg = header.alg;
  if (alg === undefined) {
    checks.push(
      login('alg-present', 'fail', 'Algorithm named (alg)', 'The header has no alg.', {
        serverReason: "'alg' claim is missing",
        fix: `Set alg to "${eff.algorithm}" in the header.`,
        claim: 'alg',
      }),
    );
    return checks;
  }
  if (typeof alg !== 'string' || !alg.startsWith('RS')) {
    checks.push(
      login(
        'alg-family',
        'fail',
        'RS algorithm for key server',
        `alg is ${show(alg)}; a key server only serves RSA public keys, so only RS256/RS384/RS512 tokens can use it.`,
        {
          serverReason: "'kid' claim only support with RS family",
          fix: 'Sign with RS256 and an RSA key (ES256, PS256 and EdDSA are not supported by Jitsi).',
          claim: 'alg',
        },
      ),
    );
    return checks;
  }
  checks.push(
    login('alg-family', 'pass', 'RS algorithm for key server', `alg ${alg}.`, { claim: 'alg' }),
  );
  const signature = options.signature;
  if (signature?.status === 'no-key') {
    checks.push(
      login('public-key', 'fail', 'Public key from key server', signature.message, {
        serverReason: 'could not obtain public key',
        fix: 'Serve the SPKI PEM public key at <asap_key_server>/<hex(sha256(kid))>.pem with status 200 (`jitsi-jwt keygen` writes that file), or fix the kid.',
      }),
    );
  } else if (signature && signature.status !== 'unchecked') {
    checks.push(
      login('public-key', 'pass', 'Public key from key server', 'The public key was obtained.'),
    );
  } else {
    checks.push(
      login(
        'public-key',
        'skip',
        'Public key from key server',
        signature?.message ?? 'Not fetched yet: the key server was not asked.',
      ),
    );
  }
  return checks;
}

function signatureCheck(eff: EffectiveProfile, options: JudgeOptions): Check {
  const outcome = options.signature;
  if (!outcome) {
    return login(
      'signature',
      'skip',
      'Signature',
      'Not checked: no key was given to check it with.',
    );
  }
  switch (outcome.status) {
    case 'valid':
      return login('signature', 'pass', 'Signature', 'The signature matches the key.');
    case 'invalid':
      return login('signature', 'fail', 'Signature', outcome.message, {
        serverReason: 'Invalid signature',
        fix: eff.algorithm.startsWith('HS')
          ? 'Sign with the exact app_secret string (JWT_APP_SECRET), used as raw text, not base64-decoded.'
          : 'Sign with the private key whose public key the server has for this kid.',
      });
    case 'no-key':
      return eff.keyServer
        ? login('signature', 'skip', 'Signature', 'Not checked: no public key.')
        : login('signature', 'skip', 'Signature', outcome.message);
    case 'unchecked':
      return login('signature', 'skip', 'Signature', outcome.message);
  }
}

/** Lua truthiness of a decoded JSON value: only absent (nil) and false are false. */
const present = (value: unknown): boolean => value !== undefined && value !== false;

function timeChecks(payload: JsonObject, now: number): Check[] {
  const checks: Check[] = [];
  const { exp, nbf, iat } = payload;
  const expOk = !present(exp) || typeof exp === 'number';
  const nbfOk = !present(nbf) || typeof nbf === 'number';
  checks.push(
    expOk
      ? login(
          'exp-type',
          'pass',
          'exp is a number',
          present(exp) ? 'exp is a number.' : 'No exp.',
          { claim: 'exp' },
        )
      : login('exp-type', 'fail', 'exp is a number', `exp is ${show(exp)}, not a JSON number.`, {
          serverReason: 'exp must be number',
          fix: 'Write exp as seconds since 1970 without quotes, e.g. "exp": 1767225600.',
          claim: 'exp',
        }),
  );
  checks.push(
    nbfOk
      ? login(
          'nbf-type',
          'pass',
          'nbf is a number',
          present(nbf) ? 'nbf is a number.' : 'No nbf.',
          { claim: 'nbf' },
        )
      : login('nbf-type', 'fail', 'nbf is a number', `nbf is ${show(nbf)}, not a JSON number.`, {
          serverReason: 'nbf must be number',
          fix: 'Write nbf as seconds since 1970 without quotes.',
          claim: 'nbf',
        }),
  );
  if (typeof exp === 'number') {
    if (now >= exp) {
      const validFor = typeof iat === 'number' ? `, valid for:${exp - iat} sec` : '';
      checks.push(
        login(
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
        login('exp', 'pass', 'Expiry (exp)', `The token ${describeTime(exp, now)}.`, {
          claim: 'exp',
        }),
      );
    }
  } else if (!present(exp)) {
    checks.push(
      login(
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
        login(
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
        login('nbf', 'pass', 'Not before (nbf)', `The token is ${describeTime(nbf, now, 'nbf')}.`, {
          claim: 'nbf',
        }),
      );
    }
  }
  return checks;
}

function issuerCheck(payload: JsonObject, eff: EffectiveProfile): Check {
  const { iss } = payload;
  const accepted = eff.acceptedIssuers;
  const setting = 'asap_accepted_issuers (docker: JWT_ACCEPTED_ISSUERS)';
  if (iss === undefined) {
    return login('iss', 'fail', 'Issuer (iss)', 'The token has no iss.', {
      serverReason: "'iss' claim is missing",
      fix: `Set iss to ${accepted[0] && accepted[0] !== '*' ? `"${accepted[0]}"` : 'your app_id'}.`,
      claim: 'iss',
    });
  }
  if (accepted.includes('*') || accepted.some((entry) => entry === iss)) {
    return login('iss', 'pass', 'Issuer (iss)', `iss ${show(iss)} is accepted.`, { claim: 'iss' });
  }
  const list =
    accepted.length === 0
      ? 'nothing (the profile has no app_id)'
      : accepted.map((entry) => `"${entry}"`).join(', ');
  return login(
    'iss',
    'fail',
    'Issuer (iss)',
    `iss is ${show(iss)}; the server accepts ${list} (asap_accepted_issuers, by default just app_id).`,
    {
      serverReason: "invalid 'iss' claim",
      fix: `Set iss to one of ${list}, or add ${show(iss)} to ${setting}.`,
      claim: 'iss',
    },
  );
}

function audienceCheck(payload: JsonObject, eff: EffectiveProfile): Check {
  const { aud } = payload;
  const accepted = eff.acceptedAudiences;
  if (aud === undefined) {
    return login(
      'aud',
      'fail',
      'Audience (aud)',
      'The token has no aud; the server requires one even when it accepts any.',
      {
        serverReason: "'aud' claim is missing",
        fix: `Set aud to ${accepted.includes('*') ? 'any value, e.g. "jitsi"' : `"${accepted[0] ?? 'jitsi'}"`}.`,
        claim: 'aud',
      },
    );
  }
  if (accepted.includes('*')) {
    return login(
      'aud',
      'pass',
      'Audience (aud)',
      `aud ${show(aud)}: the server accepts any audience (asap_accepted_audiences is "*").`,
      { claim: 'aud' },
    );
  }
  if (accepted.some((entry) => entry === aud)) {
    return login('aud', 'pass', 'Audience (aud)', `aud ${show(aud)} is accepted.`, {
      claim: 'aud',
    });
  }
  const list = accepted.map((entry) => `"${entry}"`).join(', ');
  return login(
    'aud',
    'fail',
    'Audience (aud)',
    `aud is ${show(aud)}; the server accepts only ${list}${Array.isArray(aud) ? ' and compares aud as one string, so an array never matches a strict list' : ''}.`,
    {
      serverReason: "invalid 'aud' claim",
      fix: `Set aud to ${accepted.length === 1 ? list : `one of ${list}`} (a single string), or change asap_accepted_audiences (JWT_ACCEPTED_AUDIENCES).`,
      claim: 'aud',
    },
  );
}

function roomClaimCheck(payload: JsonObject, eff: EffectiveProfile): Check {
  if (!eff.requireRoomClaim) {
    return login(
      'room-claim',
      'pass',
      'Room claim present',
      'asap_require_room_claim is off: the server does not require a room claim.',
      { claim: 'room' },
    );
  }
  if (payload.room === undefined) {
    return login('room-claim', 'fail', 'Room claim present', 'The token has no room claim.', {
      serverReason: eff.olderRelease ? "'room' claim is missing" : 'room claim is missing',
      fix: 'Add "room": the room name as the server compares it (e.g. "daily%20standup"), or "*" for any room.',
      claim: 'room',
    });
  }
  return login('room-claim', 'pass', 'Room claim present', `room ${show(payload.room)}.`, {
    claim: 'room',
  });
}

function subjectClaimCheck(payload: JsonObject, eff: EffectiveProfile): Check {
  if (payload.sub !== undefined) {
    return login('sub-claim', 'pass', 'Subject claim present', `sub ${show(payload.sub)}.`, {
      claim: 'sub',
    });
  }
  if (eff.olderRelease) {
    return login(
      'sub-claim',
      'warn',
      'Subject claim present',
      'No sub: an older server lets the login pass, then fails the room join with a Lua error.',
      {
        fix: 'Add "sub": the XMPP domain (muc_mapper_domain_base), the tenant, or "*".',
        claim: 'sub',
      },
    );
  }
  return login('sub-claim', 'fail', 'Subject claim present', 'The token has no sub.', {
    serverReason: 'sub claim is missing',
    fix: 'Add "sub": the XMPP domain (muc_mapper_domain_base, e.g. "meet.jitsi" in docker), the tenant for tenant URLs, or "*".',
    claim: 'sub',
  });
}

export interface LoginResult {
  checks: Check[];
  decoded?: DecodedToken;
}

/** The login (SASL) checks in the order the server runs them. */
export function loginChecks(
  raw: string,
  decoded: Result<DecodedToken, DecodeError>,
  eff: EffectiveProfile,
  options: JudgeOptions,
): LoginResult {
  const checks: Check[] = [login('present', 'pass', 'Token present', 'A token is given.')];
  if (eff.keyServer) checks.push(...keyServerChecks(raw, eff, options));
  if (!SUPPORTED.includes(eff.algorithm)) {
    checks.push(
      login(
        'server-alg',
        'fail',
        'Server algorithm setting',
        `signature_algorithm is "${eff.algorithm}", which Jitsi does not support: every token is refused.`,
        {
          serverReason: 'Algorithm not supported',
          fix: 'Set signature_algorithm to HS256 (with app_secret) or RS256 (with a key server).',
        },
      ),
    );
  }
  if (!decoded.ok) {
    checks.push(
      login('format', 'fail', 'Token format', decoded.error.message, {
        serverReason: decoded.error.serverReason,
        fix: 'Paste the whole token exactly as issued, or sign it again with a JWT library.',
      }),
    );
    return { checks };
  }
  const { header, payload } = decoded.value;
  checks.push(login('format', 'pass', 'Token format', 'Three base64url parts of JSON.'));
  checks.push(
    header.typ === 'JWT'
      ? login('typ', 'pass', 'Token type (typ)', 'typ "JWT".', { claim: 'typ' })
      : login(
          'typ',
          'fail',
          'Token type (typ)',
          header.typ === undefined
            ? 'The header has no typ; Jitsi requires typ "JWT" (jose\'s SignJWT leaves it out unless you set it).'
            : `typ is ${show(header.typ)}; Jitsi requires exactly "JWT" (case matters).`,
          {
            serverReason: 'Invalid typ',
            fix: 'Set the header typ to "JWT" (jose: setProtectedHeader({ alg, typ: "JWT" })).',
            claim: 'typ',
          },
        ),
  );
  const alg = header.alg;
  if (alg === eff.algorithm) {
    checks.push(
      login('alg', 'pass', 'Algorithm (alg)', `alg ${eff.algorithm}, as the server expects.`, {
        claim: 'alg',
      }),
    );
  } else {
    const unknown = typeof alg !== 'string' || !SUPPORTED.includes(alg);
    checks.push(
      login(
        'alg',
        'fail',
        'Algorithm (alg)',
        unknown
          ? `alg is ${show(alg)}; Jitsi only knows HS256/384/512 and RS256/384/512 (ES256, PS256, EdDSA and "none" are refused). This server expects ${eff.algorithm}.`
          : `alg is ${alg}; this server expects ${eff.algorithm} (signature_algorithm${eff.keyServer ? ', RS256 with a key server' : ', HS256 with app_secret by default'}).`,
        {
          serverReason: 'Invalid or incorrect alg',
          fix: `Sign with ${eff.algorithm}${eff.algorithm.startsWith('HS') ? ' and the app_secret' : ' and an RSA key'}, or change signature_algorithm on the server.`,
          claim: 'alg',
        },
      ),
    );
  }
  checks.push(signatureCheck(eff, options));
  checks.push(...timeChecks(payload, options.now));
  checks.push(issuerCheck(payload, eff));
  checks.push(audienceCheck(payload, eff));
  checks.push(roomClaimCheck(payload, eff));
  checks.push(subjectClaimCheck(payload, eff));
  markUnreached(checks);
  return { checks, decoded: decoded.value };
}

/** After the first failure the server stops; later checks are still shown, marked as such. */
function markUnreached(checks: Check[]): void {
  const first = checks.findIndex((check) => check.status === 'fail');
  if (first < 0) return;
  for (const check of checks.slice(first + 1)) {
    if (check.status === 'fail')
      check.message += ' (The server stops earlier, at the first failure.)';
  }
}
