// biome-ignore-all lint/suspicious/noTemplateCurlyInString: .env files write ${NAME} literally.
import { describe, expect, it } from 'vitest';
import { parseEnvFile } from '../../src/core/parse-env-file.ts';

describe('parseEnvFile: docker compose .env syntax', () => {
  it('reads comments, blank lines, export, quotes, inline comments and blank values', () => {
    const file = parseEnvFile(
      [
        '# shellcheck disable=SC2034',
        '',
        '# Enable authentication',
        'ENABLE_AUTH=1',
        'export AUTH_TYPE=jwt',
        '   JWT_APP_ID = my_jitsi_app_id   # the app id',
        "JWT_APP_SECRET='s3cret # not a comment'",
        'JWT_ACCEPTED_ISSUERS="web,app"',
        'JWT_ACCEPTED_AUDIENCES=',
        '#JWT_ASAP_KEYSERVER=https://keys.example.com/asap',
        'XMPP_DOMAIN=meet.jitsi\r',
        'ETHERPAD_DEFAULT_PAD_TEXT="Welcome to Web Chat!\\n\\n"',
      ].join('\n'),
    );
    expect(file.values).toEqual({
      ENABLE_AUTH: '1',
      AUTH_TYPE: 'jwt',
      JWT_APP_ID: 'my_jitsi_app_id',
      JWT_APP_SECRET: 's3cret # not a comment',
      JWT_ACCEPTED_ISSUERS: 'web,app',
      JWT_ACCEPTED_AUDIENCES: '',
      XMPP_DOMAIN: 'meet.jitsi',
      ETHERPAD_DEFAULT_PAD_TEXT: 'Welcome to Web Chat!\n\n',
    });
    expect(file.problems).toEqual([]);
  });

  it('substitutes ${NAME}, ${NAME:-default} and $NAME from earlier lines, and $$ as $', () => {
    const file = parseEnvFile(
      [
        'HTTPS_PORT=8443',
        'PUBLIC_URL=https://meet.example.com:${HTTPS_PORT}',
        'FALLBACK=${UNSET:-meet.jitsi}',
        'BARE=$HTTPS_PORT/x',
        'PRICE="a$$b"',
        "LITERAL='${HTTPS_PORT}'",
        'MISSING=${NOWHERE}',
      ].join('\n'),
    );
    expect(file.values).toMatchObject({
      PUBLIC_URL: 'https://meet.example.com:8443',
      FALLBACK: 'meet.jitsi',
      BARE: '8443/x',
      PRICE: 'a$b',
      LITERAL: '${HTTPS_PORT}',
      MISSING: '',
    });
    expect(file.problems).toEqual([{ kind: 'undefined-variable', line: 7, name: 'NOWHERE' }]);
  });

  it('reads a double-quoted value over several lines, and says which lines it could not read', () => {
    const file = parseEnvFile(
      ['KEY="line one', 'line two"', 'just words', '1BAD=x', 'OPEN="never closed'].join('\n'),
    );
    expect(file.values).toEqual({ KEY: 'line one\nline two' });
    expect(file.problems).toEqual([
      { kind: 'not-an-assignment', line: 3 },
      { kind: 'bad-name', line: 4, name: '1BAD' },
      { kind: 'unclosed-quote', line: 5, name: 'OPEN' },
    ]);
  });

  it('lets a later line win, keeping the first position', () => {
    const file = parseEnvFile('A=1\nB=2\nA=3');
    expect(file.values).toEqual({ A: '3', B: '2' });
    expect(file.names).toEqual(['A', 'B']);
  });
});
