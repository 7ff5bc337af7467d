import "reflect-metadata";
import { ConfigError, loadConfig } from "./config.js";
import { logger } from "./logging/logger.js";
import { createServer } from "./server/create-server.js";
import { GRAPHIQL_PATH } from "./server/graphiql.js";
import { limitsFromEnv } from "./server/limits.js";
import { loadTrustedDocuments } from "./server/plugins/trusted-documents.js";
import { WiseClient } from "./wise/client.js";

/** Starts the GraphQL server, on the embedded Wise sandbox unless Wise credentials are set. */
async function main(): Promise<void> {
  const config = loadConfig();
  // The sandbox (its seed data included) is loaded only when it is used: talking to real Wise,
  // the process neither pays for it at start-up nor keeps it in memory.
  const sandbox = config.wise
    ? null
    : await import("./sandbox/index.js").then(({ startSandbox }) => startSandbox({ port: config.sandbox.port, latencyMs: config.sandbox.latencyMs }));
  const wiseUrl = config.wise?.url ?? sandbox!.url;
  const defaultToken = config.wise?.token ?? sandbox!.users[0].token;

  const trustedDocuments = config.trustedDocuments
    ? await loadTrustedDocuments(config.trustedDocuments).catch((error: Error) => {
        throw new ConfigError(`TRUSTED_DOCUMENTS: ${error.message}`);
      })
    : null;

  const { app, apollo } = await createServer({
    client: new WiseClient({ baseUrl: wiseUrl, maxConcurrentCalls: config.maxConcurrentWiseCalls }),
    defaultToken,
    production: config.production,
    introspection: config.introspection,
    studio: config.studio,
    trustedDocuments,
    subgraphSecret: config.subgraphSecret,
    cors: config.cors,
    graphiql: config.graphiql,
    limits: (() => {
      try {
        return limitsFromEnv();
      } catch (error) {
        throw new ConfigError((error as Error).message);
      }
    })(),
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;

  const lines = [`GraphQL server ready at http://localhost:${port}/graphql`];
  if (config.graphiql) {
    const noSchema = config.introspection ? "" : " (introspection is off: no docs or autocompletion; GRAPHQL_INTROSPECTION=true turns it on)";
    lines.push(`GraphiQL (self-hosted, works offline) at http://localhost:${port}${GRAPHIQL_PATH}${noSchema}`);
  }
  if (config.cors) lines.push(`CORS: pages on ${config.cors.origins.join(", ")} may call /graphql${config.cors.credentials ? " with credentials" : ""}`);
  if (trustedDocuments) lines.push(`Trusted documents only: ${trustedDocuments.size} operations from ${config.trustedDocuments}`);
  if (config.subgraphSecret) lines.push("Subgraph mode: /graphql answers only requests with the x-subgraph-secret header");
  if (config.studio) lines.push(`Reporting usage to Apollo Studio graph ${config.studio.graphRef}`);
  if (sandbox) {
    lines.push(`Embedded Wise sandbox at ${sandbox.url} (no WISE_API_URL/WISE_API_TOKEN set)`);
    lines.push(`Requests without an Authorization header act as ${sandbox.users[0].name}. Demo tokens:`);
    for (const user of sandbox.users) lines.push(`  ${user.name}: Bearer ${user.token}`);
  } else {
    lines.push(`Talking to Wise at ${wiseUrl}`);
  }
  console.log(lines.join("\n"));

  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    // Stopping Apollo drains and closes Fastify, and flushes pending Studio usage reports.
    await apollo.stop();
    await sandbox?.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    logger.error({ err: error }, "failed to start");
  }
  process.exit(1);
});
