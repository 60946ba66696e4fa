import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeToken } from '../../src/core/decode-token.ts';
import { cli } from './run-cli.ts';

const AT = '1800000000';
const URL = 'https://meet.example.com/Daily%20Standup';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jitsi-jwt-env-'));
});

async function envFile(name: string, lines: string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

describe("jitsi-jwt --profile with docker-jitsi-meet's .env", () => {
  it('signs with JWT_APP_SECRET and inspects the token against the same file', async () => {
    const profile = await envFile('.env', [
      '# docker-jitsi-meet',
      'ENABLE_AUTH=1',
      'export AUTH_TYPE=jwt',
      'JWT_APP_ID=my_app',
      "JWT_APP_SECRET='s3cret value'",
      'JWT_ACCEPTED_AUDIENCES=',
      'XMPP_DOMAIN=meet.jitsi',
    ]);
    const signed = await cli`sign --profile ${profile} --url ${URL} --at ${AT}`;
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    const token = signed.stdout.trim();
    const decoded = decodeToken(token);
    expect(decoded.ok && decoded.value.payload).toMatchObject({
      iss: 'my_app',
      sub: 'meet.jitsi',
      room: 'daily%20standup',
    });
    const inspected =
      await cli`inspect ${token} --profile ${profile} --url ${URL} --at ${AT} --json`;
    expect(inspected.code).toBe(0);
    expect(JSON.parse(inspected.stdout)).toMatchObject({ login: { ok: true }, join: { ok: true } });
  });

  it('reads NAME=value lines under any file name, and prints the warnings on stderr', async () => {
    const profile = await envFile('jitsi-settings.txt', [
      'ENABLE_AUTH=1',
      'AUTH_TYPE=internal',
      'JWT_APP_ID=my_app',
      'JWT_APP_SECRET=s3cret',
    ]);
    const signed = await cli`sign --profile ${profile} --url ${URL} --at ${AT}`;
    expect(signed.code).toBe(0);
    expect(signed.stderr).toBe(
      `warning: ${profile}: AUTH_TYPE is internal, not jwt: the server does not check tokens and the JWT_ settings are not used. Set AUTH_TYPE=jwt; the launcher judges as if it were.\n`,
    );
  });
});
