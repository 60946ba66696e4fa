import { describe, expect, it } from 'vitest';
import {
  configJsUrl,
  meetingOrigin,
  resolveWebsocketUrl,
  roomJid,
  serviceUrl,
  withoutToken,
} from '../../src/probe/probe-urls.ts';

describe('probe URLs', () => {
  it("reads the tenant's own config.js on a tenant URL", () => {
    expect(
      configJsUrl('https://meet.example.com', { domain: 'meet.example.com', room: 'Daily' }),
    ).toBe('https://meet.example.com/config.js');
    expect(
      configJsUrl('https://8x8.vc', {
        domain: '8x8.vc',
        tenant: 'vpaas-magic-cookie-1',
        room: 'x',
      }),
    ).toBe('https://8x8.vc/vpaas-magic-cookie-1/config.js');
  });

  it('takes the origin of the meeting URL, https when it names no scheme', () => {
    expect(meetingOrigin('meet.example.com/Daily')).toBe('https://meet.example.com');
    expect(meetingOrigin('http://127.0.0.1:8000/team/Daily')).toBe('http://127.0.0.1:8000');
  });

  it('resolves a relative websocket against the page, https to wss', () => {
    const page = 'https://meet.example.com/team/Daily';
    expect(resolveWebsocketUrl('wss://xmpp.example.com/xmpp-websocket', page)).toBe(
      'wss://xmpp.example.com/xmpp-websocket',
    );
    expect(resolveWebsocketUrl('/team/xmpp-websocket', page)).toBe(
      'wss://meet.example.com/team/xmpp-websocket',
    );
    expect(resolveWebsocketUrl('//meet.example.com/xmpp-websocket', page)).toBe(
      'wss://meet.example.com/xmpp-websocket',
    );
    expect(resolveWebsocketUrl('ftp://meet.example.com/x', page)).toBeUndefined();
  });

  it('adds the backend-safe room with URLSearchParams, then the token as lib-jitsi-meet does', () => {
    expect(serviceUrl('wss://meet.example.com/team/xmpp-websocket', 'Daily Standup', 'a.b.c')).toBe(
      'wss://meet.example.com/team/xmpp-websocket?room=daily%2520standup&token=a.b.c',
    );
    expect(serviceUrl('wss://meet.example.com/xmpp-websocket', 'x', '')).toBe(
      'wss://meet.example.com/xmpp-websocket?room=x',
    );
  });

  it('never shows the token', () => {
    expect(withoutToken('wss://m.example/xmpp-websocket?room=x&token=eyJ.eyJ.sig')).toBe(
      'wss://m.example/xmpp-websocket?room=x&token=…',
    );
  });

  it('joins the room the web client joins', () => {
    expect(roomJid('Daily Standup', 'muc.meet.jitsi')).toBe('daily%20standup@muc.meet.jitsi');
  });
});
