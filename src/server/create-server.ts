import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { createContext, type Context } from "../context/context.js";
import { logger } from "../logging/logger.js";
import { createSubgraphSchema } from "../federation/subgraph-schema.js";
import type { WiseClient } from "../wise/client.js";
import { callerToken } from "./caller-token.js";
import { formatError } from "./format-error.js";
import { studioReportingPlugins, type StudioOptions } from "./plugins/studio-reporting.js";
import { subgraphSecretHook } from "./plugins/subgraph-secret.js";
import { trustedDocumentsPlugin, type TrustedDocuments } from "./plugins/trusted-documents.js";

export interface ServerOptions {
  /** The Wise client (real Wise or the embedded sandbox). */
  client: WiseClient;
  /** The token used when a request sends no Authorization header, if any. */
  defaultToken: string | null;
  /** Production mode: the production landing page (no embedded explorer), no introspection by default. */
  production: boolean;
  /** Whether introspection is allowed; by default in development only. */
  introspection?: boolean;
  /** The Apollo Studio graph to report usage to; none (nothing sent) by default. */
  studio?: StudioOptions | null;
  /** Trusted-documents mode: only these operations run. Off by default (any operation, and APQ, work). */
  trustedDocuments?: TrustedDocuments | null;
  /** When set, /graphql answers only requests carrying it in `x-subgraph-secret` (the router's). */
  subgraphSecret?: string | null;
  /** Every Wise call of one GraphQL request must be over this many ms after it arrived. */
  requestDeadlineMs?: number;
}

export interface GraphQLServer {
  app: FastifyInstance;
  apollo: ApolloServer<Context>;
}

/** Builds the HTTP server: Fastify with Apollo Server on /graphql and a health check. */
export async function createServer(options: ServerOptions): Promise<GraphQLServer> {
  // The Federation 2 subgraph schema: the public API plus `_service` and `_entities` for a router.
  const schema = await createSubgraphSchema();
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // One line per request would dominate the log under load; errors are logged where they happen.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 100_000,
  });
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: options.introspection ?? !options.production,
    // The Studio graph comes from our config; without one, studioReportingPlugins disables reporting.
    apollo: options.studio ? { key: options.studio.key, graphRef: options.studio.graphRef } : undefined,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      fastifyApolloDrainPlugin(app),
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false, graphRef: options.studio?.graphRef })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
      // `Cache-Control` from the schema's @cacheControl hints; unhinted fields are not cacheable.
      ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: true }),
      ...studioReportingPlugins(options.studio ?? null),
      ...(options.trustedDocuments ? [trustedDocumentsPlugin(options.trustedDocuments)] : []),
    ],
  });
  await apollo.start();

  app.get("/health", async () => ({ status: "ok" }));
  if (options.subgraphSecret) app.addHook("onRequest", subgraphSecretHook(options.subgraphSecret));
  await app.register(fastifyApollo(apollo), {
    path: "/graphql",
    context: async (request) => createContext(options.client, callerToken(request.headers.authorization, options.defaultToken), options.requestDeadlineMs ?? 20_000),
  });
  return { app, apollo };
}
