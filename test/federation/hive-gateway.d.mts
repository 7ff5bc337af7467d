// Types of test/federation/hive-gateway.mjs.

export interface HiveGatewayOptions {
  /** The supergraph SDL, composed locally (no registry). */
  supergraphSdl: string;
  /** The name of this server's subgraph in the supergraph: its subscriptions go over graphql-ws. */
  subgraph: string;
  /** This server's SUBGRAPH_SECRET: sent to that subgraph only, on HTTP requests and on the WebSocket upgrade. */
  subgraphSecret?: string;
}

export interface RunningHiveGateway {
  /** The gateway's HTTP endpoint, e.g. http://127.0.0.1:PORT/graphql. */
  url: string;
  /** The same endpoint for graphql-ws clients, e.g. ws://127.0.0.1:PORT/graphql. */
  wsUrl: string;
  /** Sends a GraphQL request to the gateway over HTTP, with `Authorization: Bearer <token>` when given. */
  query<T = Record<string, unknown>>(
    query: string,
    options?: { token?: string; variables?: Record<string, unknown> },
  ): Promise<{ data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  close(): Promise<void>;
}

/** Runs Hive Gateway's runtime in this process on a free loopback port. */
export function startHiveGateway(options: HiveGatewayOptions): Promise<RunningHiveGateway>;
