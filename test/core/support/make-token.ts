// Builds tokens from literal JSON for judge tests; the signature is a placeholder and the
// signature outcome is given to judgeToken directly.
const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

export function makeToken(header: unknown, payload: unknown, signature = 'c2lnbmF0dXJl'): string {
  return `${encode(JSON.stringify(header))}.${encode(JSON.stringify(payload))}.${signature}`;
}

export const NOW = 1_800_000_000;

export const HS_HEADER = { alg: 'HS256', typ: 'JWT' };

/** A payload a docker-jitsi-meet HS256 server (domain verification on) accepts for "Daily Standup". */
export function goodPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: 'my_app',
    aud: 'jitsi',
    sub: 'meet.jitsi',
    room: 'daily%20standup',
    iat: NOW - 60,
    nbf: NOW - 10,
    exp: NOW + 3600,
    context: { user: { name: 'Ada', email: 'ada@example.com' }, features: { recording: true } },
    ...overrides,
  };
}

export const PROFILE = {
  app_id: 'my_app',
  app_secret: 's3cret',
  muc_mapper_domain_base: 'meet.jitsi',
  enable_domain_verification: true,
};

export const TARGET = { domain: 'meet.example.com', room: 'Daily Standup' };
