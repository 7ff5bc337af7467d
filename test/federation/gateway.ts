import { composeServices } from "@apollo/composition";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { DocumentNode } from "graphql";

export interface SubgraphDefinition {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

interface GatewayContext {
  authorization?: string;
}

export interface RunningGateway {
  url: string;
  supergraphSdl: string;
  /** Sends a GraphQL request to the gateway over HTTP. */
  query<T = Record<string, unknown>>(
    query: string,
    options?: { token?: string; variables?: Record<string, unknown> },
  ): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  close(): Promise<void>;
}

/** Composes the subgraphs with @apollo/composition, throwing with every composition error. */
export function compose(subgraphs: SubgraphDefinition[]): string {
  const result = composeServices(subgraphs);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join("\n")}`);
  return result.supergraphSdl;
}

/**
 * Runs the composed supergraph behind @apollo/gateway on a free loopback port, the way Apollo
 * Router would: the client's Authorization header goes to every subgraph, and `headers` (such as
 * the subgraph secret) are added to each subgraph request.
 */
export async function startGateway(subgraphs: SubgraphDefinition[], headers: Record<string, string> = {}): Promise<RunningGateway> {
  const supergraphSdl = compose(subgraphs);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set("authorization", context.authorization);
          for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
        },
      }),
  });
  const server = new ApolloServer<GatewayContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: "127.0.0.1" },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return {
    url,
    supergraphSdl,
    async query(query, options = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      return (await response.json()) as never;
    },
    close: () => server.stop(),
  };
}
