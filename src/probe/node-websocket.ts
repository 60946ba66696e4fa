import ConnectionWebSocket from '@xmpp/websocket/lib/Connection.js';
import Socket from '@xmpp/websocket/lib/Socket.js';
import WebSocket from 'ws';

/** An XMPP stanza is small; Jitsi's server caps them at 256 kB too. */
const MAX_PAYLOAD_BYTES = 1024 * 1024;

/**
 * @xmpp/websocket opens the global WebSocket, which Node 20 lacks: this transport opens the `ws`
 * one instead, with a handshake timeout, and keeps the HTTP status of a refused upgrade in its
 * error ("Unexpected server response: 404").
 */
export function nodeWebSocketTransport(handshakeTimeoutMs: number): unknown {
  class NodeSocket extends Socket {
    override connect(url: string): void {
      this.url = url;
      this.secure = url.startsWith('wss:');
      this._attachSocket(
        new WebSocket(url, ['xmpp'], {
          handshakeTimeout: handshakeTimeoutMs,
          maxPayload: MAX_PAYLOAD_BYTES,
          followRedirects: false,
        }),
      );
    }
  }
  class NodeConnection extends ConnectionWebSocket {}
  NodeConnection.prototype.Socket = NodeSocket;
  return NodeConnection;
}
