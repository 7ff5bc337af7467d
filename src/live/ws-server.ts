import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { FastifyInstance } from "fastify";
import { GRAPHQL_TRANSPORT_WS_PROTOCOL } from "graphql-ws";
import { WebSocketServer, type WebSocket } from "ws";
import type { Context } from "../context/context.js";
import { logger } from "../logging/logger.js";
import { LiveCloseCode } from "./close-codes.js";
import { ConnectionsPerToken } from "./connections-per-token.js";
import type { EventBus } from "./event-bus.js";
import { graphqlWsServer } from "./graphql-ws-server.js";
import { LiveConnection } from "./live-connection.js";
import type { LiveLimits } from "./limits.js";
import { SubscriptionHub } from "./subscription-hub.js";
import type { OperationRules } from "./subscribe-operation.js";

export interface LiveTransportOptions {
  /** The path subscriptions are served on: the GraphQL endpoint's own. */
  path: string;
  rules: OperationRules;
  limits: LiveLimits;
  events: EventBus;
  /** A fresh context acting with this token (each subscribe, each event). */
  contextFor(token: string): Context;
  /** The token a connection without one acts with, or null. */
  defaultToken: string | null;
  /** Refuses an upgrade before any WebSocket exists: an HTTP status and message, or null to let it through. */
  refuseUpgrade?: (request: IncomingMessage) => { status: number; message: string } | null;
}

/** How long shutdown waits for clients to answer the close before their sockets are cut. */
const CLOSE_GRACE_MS = 1_000;

function pathOf(url: string | undefined): string {
  const query = (url ?? "").indexOf("?");
  return query === -1 ? (url ?? "") : (url ?? "").slice(0, query);
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on the HTTP server's own port and path: the
 * upgrade of `path` is taken, any other path's socket destroyed. The `ws` server owns no port
 * (noServer); Fastify's `close()` closes every subscription socket (1001) before the HTTP server
 * drains, so shutdown never waits on them.
 */
export function registerLiveTransport(app: FastifyInstance, options: LiveTransportOptions): SubscriptionHub {
  const { limits } = options;
  const hub = new SubscriptionHub(options.events, options.contextFor);
  const connectionsPerToken = new ConnectionsPerToken(limits.maxConnectionsPerToken);
  const protocol = graphqlWsServer({ rules: options.rules, limits, defaultToken: options.defaultToken, connectionsPerToken });
  const wss = new WebSocketServer({
    noServer: true,
    // Larger frames are refused by ws itself (close 1009) before they are buffered whole.
    maxPayload: limits.maxMessageBytes,
    handleProtocols: (protocols) => (protocols.has(GRAPHQL_TRANSPORT_WS_PROTOCOL) ? GRAPHQL_TRANSPORT_WS_PROTOCOL : false),
  });
  let closing = false;

  const open = (socket: WebSocket) => {
    const connection = new LiveConnection({ hub, limits, contextFor: options.contextFor, close: (code, reason) => socket.close(code, reason) });
    const closed = protocol.opened(
      {
        protocol: socket.protocol,
        // A send to a socket that is closing is dropped: its close event ends the subscriptions.
        send: (data) => new Promise<void>((resolve) => (socket.readyState === socket.OPEN ? socket.send(data, () => resolve()) : resolve())),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on("message", (data) => {
            handle(String(data)).catch((error: unknown) => {
              logger.error({ err: error }, "subscription connection: unexpected error");
              socket.close(LiveCloseCode.InternalError, "Internal server error");
            });
          }),
      },
      connection,
    );
    // Keep-alive: a client that has not answered the previous ping is cut off.
    let alive = true;
    socket.on("pong", () => (alive = true));
    const keepAlive = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, limits.keepAliveMs);
    keepAlive.unref();
    // ws closes the socket itself on a protocol error (a frame over maxPayload: 1009).
    socket.on("error", (error) => logger.debug({ err: error.message }, "subscription connection: socket error"));
    socket.once("close", (code, reason) => {
      clearInterval(keepAlive);
      connection.dispose();
      if (connection.countedAs) connectionsPerToken.release(connection.countedAs);
      void closed(code, reason.toString());
    });
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (closing || pathOf(request.url) !== options.path) {
      socket.destroy();
      return;
    }
    const refused = options.refuseUpgrade?.(request);
    if (refused) {
      const body = JSON.stringify({ errors: [{ message: refused.message }] });
      socket.end(`HTTP/1.1 ${refused.status} Refused\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      return;
    }
    wss.handleUpgrade(request, socket, head, open);
  };
  app.server.on("upgrade", onUpgrade);

  app.addHook("preClose", async () => {
    closing = true;
    app.server.off("upgrade", onUpgrade);
    hub.close();
    const sockets = [...wss.clients];
    const allClosed = Promise.all(sockets.map((socket) => new Promise((resolve) => (socket.readyState === socket.CLOSED ? resolve(null) : socket.once("close", resolve)))));
    for (const socket of sockets) socket.close(LiveCloseCode.GoingAway, "Server shutting down");
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([allClosed, new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS)))]);
    clearTimeout(timer);
    for (const socket of wss.clients) socket.terminate();
    await new Promise((resolve) => wss.close(resolve));
  });
  return hub;
}
