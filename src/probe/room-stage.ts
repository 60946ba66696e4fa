import { randomBytes } from 'node:crypto';
import { type XmlElement, type XmppClient, xml } from '@xmpp/client';
import type { JoinAnswer } from './probe-types.ts';
import { errorName, field, StepTimeout } from './xmpp-failures.ts';
import type { XmppProbeOptions } from './xmpp-probe.ts';

/** The nickname the probe joins the room with. */
export const PROBE_NICK = 'token-probe';

const FOCUS_NS = 'http://jitsi.org/protocol/focus';
const MUC_NS = 'http://jabber.org/protocol/muc';
const MUC_USER_NS = 'http://jabber.org/protocol/muc#user';

/** The condition and text of an XMPP <error/> child. */
function stanzaError(stanza: XmlElement): { condition: string; reason: string | null } {
  const children =
    stanza
      .getChild('error')
      ?.children.filter((child): child is XmlElement => typeof child !== 'string') ?? [];
  const condition = children.find((child) => child.name !== 'text')?.name ?? 'undefined-condition';
  const text = children.find((child) => child.name === 'text')?.text() ?? '';
  return { condition, reason: text === '' ? null : text };
}

/** The web client's conference request to the focus (Jicofo): 'ready', or its refusal. */
export async function askFocus(
  xmpp: XmppClient,
  options: XmppProbeOptions,
  roomJid: string,
): Promise<JoinAnswer | 'ready'> {
  // The web client's conference request (lib-jitsi-meet moderator): room and a machine id. Its
  // token attribute is left out: the login already carried the token.
  const request = xml(
    'iq',
    { type: 'set', to: options.focus },
    xml(
      'conference',
      { xmlns: FOCUS_NS, room: roomJid, 'machine-uid': randomBytes(16).toString('hex') },
      xml('property', { name: 'rtcstatsEnabled', value: 'false' }),
      xml('property', { name: 'visitors-version', value: '1' }),
    ),
  );
  try {
    const result = await xmpp.iqCaller.request(request, options.timeoutMs);
    const conference = result.getChild('conference', FOCUS_NS);
    if (conference?.attrs.ready === 'true') return 'ready';
    return {
      ok: false,
      step: 'focus',
      condition: 'not-ready',
      reason:
        'The focus answered ready="false": it does not start this conference yet (it waits for a moderator or an authenticated user).',
    };
  } catch (error) {
    if (errorName(error) === 'TimeoutError') throw new StepTimeout('focus');
    if (errorName(error) !== 'StanzaError') throw error;
    const element = (error as { element?: XmlElement }).element;
    const parsed = element ? stanzaError(element) : undefined;
    return {
      ok: false,
      step: 'focus',
      condition: field(error, 'condition') ?? parsed?.condition ?? 'undefined-condition',
      reason: field(error, 'text') ?? parsed?.reason ?? null,
    };
  }
}

/** Joins the room as token-probe and leaves at once: the role granted, or the refusal. */
export async function joinRoom(
  xmpp: XmppClient,
  options: XmppProbeOptions,
  roomJid: string,
): Promise<JoinAnswer> {
  const occupant = `${roomJid}/${PROBE_NICK}`;
  const own = (from: string | undefined) => from?.toLowerCase() === occupant.toLowerCase();
  const answer = new Promise<XmlElement>((resolve) => {
    xmpp.on('stanza', (stanza) => {
      if (!stanza.is('presence') || !own(stanza.attrs.from)) return;
      const isSelf = stanza
        .getChild('x', MUC_USER_NS)
        ?.getChildren('status')
        .some((status) => status.attrs.code === '110');
      if (stanza.attrs.type === 'error' || isSelf) resolve(stanza);
    });
  });
  await xmpp.send(xml('presence', { to: occupant }, xml('x', { xmlns: MUC_NS })));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const presence = await Promise.race([
    answer,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StepTimeout('join')), options.timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
  if (presence.attrs.type === 'error') return { ok: false, step: 'join', ...stanzaError(presence) };
  const item = presence.getChild('x', MUC_USER_NS)?.getChild('item');
  await xmpp.send(xml('presence', { to: occupant, type: 'unavailable' })).catch(() => undefined);
  return {
    ok: true,
    affiliation: item?.attrs.affiliation ?? 'none',
    role: item?.attrs.role ?? 'none',
  };
}
