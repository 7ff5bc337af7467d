// Hive Gateway in this process, for test/federation/subscriptions.test.ts. Plain JavaScript with
// hand-written types (hive-gateway.d.mts): the gateway's own type declarations pull the DOM lib
// into any program that loads them, which clashes with Node's types in the project's type-check.
import { createGatewayRuntime, getGraphQLWSOptions } from "@graphql-hive/gateway-runtime";
import httpTransport from "@graphql-mesh/transport-http";
import wsTransport from "@graphql-mesh/transport-ws";
import { useServer } from "graphql-ws/use/ws";
import { createServer } from "node:http";
import { WebSocketServer } from "ws";

import { SUBGRAPH_SECRET_HEADER } from "../../src/server/plugins/subgraph-secret.js";

/**
 * Puts the caller's credentials in one context field, however they reached the gateway: the
 * `Authorization` header of an HTTP (or SSE) request, or the `authorization` connection param of
 * a graphql-ws client (browsers cannot set headers on a WebSocket).
 */
export function useCallerAuthorization() {
  return {
    onContextBuilding({ context, extendContext }) {
      const fromSocket = context.connectionParams?.authorization;
      const callerAuthorization = typeof fromSocket === "string" ? fromSocket : context.headers?.authorization;
      if (callerAuthorization) extendContext({ callerAuthorization });
    },
  };
}

/** The gateway's configuration, as a gateway.config.ts for the `hive-gateway` CLI would hold it. */
export function gatewayConfig({ supergraphSdl, subgraph, subgraphSecret }) {
  const secretHeaders = subgraphSecret ? [[SUBGRAPH_SECRET_HEADER, subgraphSecret]] : [];
  return {
    supergraph: supergraphSdl,
    logging: false,
    // Given explicitly rather than found by `import()` of a package name at runtime.
    transports: { http: httpTransport, ws: wsTransport },
    plugins: () => [useCallerAuthorization()],
    // HTTP requests to subgraphs: queries, and the entity fetches that complete an event.
    propagateHeaders: {
      fromClientToSubgraphs: ({ context, subgraphName }) => ({
        authorization: context.callerAuthorization,
        ...(subgraphName === subgraph ? Object.fromEntries(secretHeaders) : {}),
      }),
    },
    // Subscriptions to this server's subgraph: graphql-ws on its /graphql.
    transportEntries: {
      [subgraph]: {
        options: {
          subscriptions: {
            kind: "ws",
            location: "/graphql",
            // Headers of the WebSocket upgrade request (the ws transport sends none by default).
            headers: secretHeaders,
            options: {
              connectionParams: { authorization: "{context.callerAuthorization}" },
              // Close a subgraph socket as soon as its last subscription ends (default: 3 s later,
              // on a timer that would outlive the test).
              lazyCloseTimeout: 0,
            },
          },
        },
      },
    },
  };
}

/**
 * Runs Hive Gateway's runtime on a free loopback port, as the `hive-gateway supergraph` CLI would:
 * HTTP, SSE and graphql-ws clients on the same /graphql path.
 */
export async function startHiveGateway(options) {
  const gateway = createGatewayRuntime(gatewayConfig(options));
  // The runtime loads the supergraph on its first HTTP request; a graphql-ws client that came
  // first would find no schema ("Expected null to be a GraphQL schema"), so load it now.
  await gateway.getSchema();
  const server = createServer(gateway);
  const sockets = new WebSocketServer({ server, path: gateway.graphqlEndpoint });
  const socketServer = useServer(
    getGraphQLWSOptions(gateway, (ctx) => ({ req: ctx.extra.request, socket: ctx.extra.socket })),
    sockets,
  );
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}${gateway.graphqlEndpoint}`;
  return {
    url,
    wsUrl: url.replace(/^http/, "ws"),
    async query(query, queryOptions = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(queryOptions.token ? { authorization: `Bearer ${queryOptions.token}` } : {}) },
        body: JSON.stringify({ query, variables: queryOptions.variables }),
      });
      return await response.json();
    },
    async close() {
      await socketServer.dispose();
      for (const socket of sockets.clients) socket.terminate();
      await new Promise((resolve) => sockets.close(() => resolve()));
      await gateway.dispose();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
