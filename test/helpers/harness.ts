import "reflect-metadata";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { startSandbox, type DemoUser, type RunningSandbox, type SandboxOptions } from "../../src/sandbox/index.js";
import { createServer, type GraphQLServer, type ServerOptions } from "../../src/server/create-server.js";
import { WiseClient, type WiseClientOptions } from "../../src/wise/client.js";
import { configureReferenceCache, type ReferenceCacheTtls } from "../../src/loaders/reference-cache.js";

export interface GraphQLResponse<TData> {
  status: number;
  headers: Headers;
  body: {
    data?: TData | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
  /** The raw response text, for searching it (for tokens, stack traces, URLs). */
  text: string;
}

export interface SandboxStats {
  total: number;
  routes: Record<string, number>;
  byToken: Record<string, number>;
}

export interface Harness {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:PORT/graphql. */
  url: string;
  /** The same endpoint for subscriptions over WebSocket (graphql-ws), e.g. ws://127.0.0.1:PORT/graphql. */
  wsUrl: string;
  sandbox: RunningSandbox;
  server: GraphQLServer;
  alice: DemoUser;
  bob: DemoUser;
  /** Sends a typed operation over real HTTP. `token: null` sends no Authorization header. */
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TData>>;
  /** Sends raw text as a GraphQL request body. */
  raw(body: string, options?: { token?: string | null; headers?: Record<string, string>; method?: string; path?: string }): Promise<{ status: number; text: string }>;
  /** Calls the sandbox's REST API directly, as Wise's own clients would. */
  rest<T = unknown>(path: string, token: string): Promise<T>;
  stats(): Promise<SandboxStats>;
  /** Restores the sandbox's seed data and zeroes its counters. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the embedded sandbox and the GraphQL server on free loopback ports, as `npm start`
 * does. Requests without a token act as alice unless `defaultToken: null`.
 */
export async function startHarness(
  options: {
    defaultToken?: "alice" | null;
    production?: boolean;
    client?: Partial<WiseClientOptions>;
    server?: Partial<Omit<ServerOptions, "client">>;
    /** The reference-data cache (currencies, rates): off unless a test turns it on, since tests count calls and inject faults on those routes. */
    referenceCache?: Partial<ReferenceCacheTtls> | false;
    /** Sandbox settings, e.g. the personal-token SCA public key. */
    sandbox?: Omit<SandboxOptions, "port">;
  } = {},
): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const [alice, bob] = sandbox.users;
  const client = new WiseClient({ baseUrl: sandbox.url, ...options.client });
  configureReferenceCache(client, options.referenceCache ?? false);
  const server = await createServer({
    client,
    defaultToken: options.defaultToken === null ? null : alice.token,
    production: options.production ?? false,
    // As `npm start` on the embedded sandbox: the server is the sandbox's demo partner client.
    clientCredentials: { clientId: sandbox.client.id, clientSecret: sandbox.client.secret },
    // As `npm start` on the embedded sandbox in development: the demo's partner operations are open.
    partnerBackend: "open",
    ...options.server,
  });
  await server.app.listen({ port: 0, host: "127.0.0.1" });
  const address = server.app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/graphql`;

  const authHeaders = (token: string | null | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    sandbox,
    server,
    alice,
    bob,
    async request(document, variables, opts = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...authHeaders(opts.token), ...opts.headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: JSON.parse(text), text };
    },
    async raw(body, opts = {}) {
      const response = await fetch(`${base}${opts.path ?? "/graphql"}`, {
        method: opts.method ?? "POST",
        headers: { "content-type": "application/json", ...authHeaders(opts.token), ...opts.headers },
        body: opts.method === "GET" ? undefined : body,
      });
      return { status: response.status, text: await response.text() };
    },
    async rest(path, token) {
      const response = await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`sandbox ${path} answered ${response.status}`);
      return (await response.json()) as never;
    },
    async stats() {
      return (await (await fetch(`${sandbox.url}/__sandbox/stats`)).json()) as SandboxStats;
    },
    async reset() {
      await fetch(`${sandbox.url}/__sandbox/reset`, { method: "POST" });
    },
    async close() {
      await server.app.close();
      await sandbox.close();
      // Logs the failed calls it counted now rather than into a later test's log.
      client.shutdown();
    },
  };
}

/** The error codes of a response, in order. */
export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}
