import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { createContext, type Context } from "../context/context.js";
import { logger } from "../logging/logger.js";
import { createSchema } from "../schema/build-schema.js";
import type { WiseClient } from "../wise/client.js";
import { callerToken } from "./caller-token.js";
import { formatError } from "./format-error.js";

export interface ServerOptions {
  /** The Wise client (real Wise or the embedded sandbox). */
  client: WiseClient;
  /** The token used when a request sends no Authorization header, if any. */
  defaultToken: string | null;
  /** Production mode: no introspection, no embedded explorer. */
  production: boolean;
}

export interface GraphQLServer {
  app: FastifyInstance;
  apollo: ApolloServer<Context>;
}

/** Builds the HTTP server: Fastify with Apollo Server on /graphql and a health check. */
export async function createServer(options: ServerOptions): Promise<GraphQLServer> {
  const schema = await createSchema();
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // One line per request would dominate the log under load; errors are logged where they happen.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 100_000,
  });
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      fastifyApolloDrainPlugin(app),
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
    ],
  });
  await apollo.start();

  app.get("/health", async () => ({ status: "ok" }));
  await app.register(fastifyApollo(apollo), {
    path: "/graphql",
    context: async (request) => createContext(options.client, callerToken(request.headers.authorization, options.defaultToken)),
  });
  return { app, apollo };
}
