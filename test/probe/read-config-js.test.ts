import { describe, expect, it } from 'vitest';
import { readConfigJs } from '../../src/probe/read-config-js.ts';
import { classicConfigJs, dockerConfigJs } from './samples/config-samples.ts';

describe('readConfigJs', () => {
  it('reads the classic object literal of a plain URL', () => {
    expect(readConfigJs(classicConfigJs('', ''))).toEqual({
      ok: true,
      value: {
        domain: 'jitsi-meet.example.com',
        muc: 'conference.jitsi-meet.example.com',
        bosh: 'https://jitsi-meet.example.com/http-bind',
        websocket: 'wss://jitsi-meet.example.com/xmpp-websocket',
      },
    });
  });

  it("follows the classic template's subdomain rewrite on a tenant's page", () => {
    const read = readConfigJs(classicConfigJs('My.Team/', 'My.Team.'));
    expect(read).toEqual({
      ok: true,
      value: {
        domain: 'jitsi-meet.example.com',
        muc: 'conference.my_team.jitsi-meet.example.com',
        bosh: 'https://jitsi-meet.example.com/My.Team/http-bind',
        websocket: 'wss://jitsi-meet.example.com/My.Team/xmpp-websocket',
      },
    });
  });

  it('reads SSI placeholders left in place as their defaults', () => {
    const echo = (name: string) => `<!--# echo var="${name}" default="" -->`;
    const read = readConfigJs(classicConfigJs(echo('subdir'), echo('subdomain')));
    expect(read.ok && read.value.websocket).toBe('wss://jitsi-meet.example.com/xmpp-websocket');
    expect(read.ok && read.value.muc).toBe('conference.jitsi-meet.example.com');
  });

  it("reads docker-jitsi-meet's assignments, and never runs its functions", () => {
    expect(readConfigJs(dockerConfigJs({ subdir: 'team/', subdomain: 'team.' }))).toEqual({
      ok: true,
      value: {
        domain: 'meet.jitsi',
        muc: 'muc.team.meet.jitsi',
        bosh: 'https://localhost:8443/team/http-bind',
        websocket: 'wss://localhost:8443/team/xmpp-websocket',
      },
    });
  });

  it('reads hosts.focus, conferenceRequestUrl and template literals', () => {
    const source = `const base = 'meet.example.com';
      var config = { hosts: { domain: base, muc: \`conference.\${base}\`, focus: 'focus.' + base } };
      config.conferenceRequestUrl = \`https://\${base}/conference-request/v1\`;`;
    expect(readConfigJs(source)).toEqual({
      ok: true,
      value: {
        domain: 'meet.example.com',
        muc: 'conference.meet.example.com',
        focus: 'focus.meet.example.com',
        conferenceRequestUrl: 'https://meet.example.com/conference-request/v1',
      },
    });
  });

  it('leaves out what it cannot work out without running code', () => {
    const source = `var config = { hosts: { domain: location.hostname, muc: 'conference.' + getDomain() } };
      if (window.tenant) { config.websocket = 'wss://a.example/xmpp-websocket'; }`;
    expect(readConfigJs(source)).toEqual({ ok: true, value: {} });
  });

  it('refuses text that is not JavaScript, naming the parser error', () => {
    expect(readConfigJs('<!DOCTYPE html><html><body>Not found</body></html>')).toEqual({
      ok: false,
      error: {
        kind: 'config-js-syntax',
        message: 'config.js is not JavaScript (Unexpected token (1:0)).',
      },
    });
  });

  it('refuses JavaScript without a config object', () => {
    expect(readConfigJs('var interfaceConfig = { APP_NAME: "Jitsi Meet" };')).toEqual({
      ok: false,
      error: {
        kind: 'config-js-no-config',
        message: 'config.js defines no config object (var config = {...} or config.hosts = ...).',
      },
    });
  });

  it('refuses a file nested deeper than it can read, without running out of stack', () => {
    const deep = `var config = { hosts: { domain: ${"'a' + ".repeat(50_000)}'a' } };`;
    const read = readConfigJs(deep);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.error.message).toMatch(
        /^config\.js is not JavaScript \(Not enough stack space to parse input \(1:\d+\)\)\.$/,
      );
  });
});
