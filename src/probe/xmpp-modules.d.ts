// The parts of @xmpp/client (plain JavaScript, no types of its own) that the probe uses.

declare module '@xmpp/client' {
  export interface XmlElement {
    name: string;
    attrs: Record<string, string | undefined>;
    children: (XmlElement | string)[];
    text(): string;
    is(name: string, xmlns?: string): boolean;
    getChild(name: string, xmlns?: string): XmlElement | undefined;
    getChildren(name: string, xmlns?: string): XmlElement[];
    getChildText(name: string, xmlns?: string): string | null;
    toString(): string;
  }
  export function xml(
    name: string,
    attrs?: Record<string, string>,
    ...children: (XmlElement | string)[]
  ): XmlElement;
  export interface XmppClient {
    status: string;
    timeout: number;
    transports: unknown[];
    reconnect: { stop(): void };
    iqCaller: { request(stanza: XmlElement, timeoutMs?: number): Promise<XmlElement> };
    socket: { socket?: { terminate?: () => void } | null } | null;
    start(): Promise<unknown>;
    stop(): Promise<unknown>;
    send(stanza: XmlElement): Promise<void>;
    on(event: 'status', listener: (status: string) => void): void;
    on(event: 'stanza', listener: (stanza: XmlElement) => void): void;
    on(event: 'error', listener: (error: unknown) => void): void;
    removeAllListeners(): void;
  }
  export function client(options: {
    service: string;
    domain: string;
    timeout?: number;
  }): XmppClient;
}

declare module '@xmpp/websocket/lib/Socket.js' {
  export default class Socket {
    url: string | null;
    secure: boolean;
    socket: unknown;
    connect(url: string): void;
    _attachSocket(socket: unknown): void;
  }
}

declare module '@xmpp/websocket/lib/Connection.js' {
  export default class ConnectionWebSocket {
    Socket: unknown;
  }
}
