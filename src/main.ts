import "reflect-metadata";
import { createPublicKey } from "node:crypto";
import { ConfigError, loadConfig } from "./config.js";
import { logger } from "./logging/logger.js";
import { createServer } from "./server/create-server.js";
import { GRAPHIQL_PATH } from "./server/graphiql.js";
import { loadTrustedDocuments } from "./server/plugins/trusted-documents.js";
import { WiseClient } from "./wise/client.js";
import { createScaSigner } from "./wise/sca/signer.js";
import { createJwsSigner } from "./wise/sca/jws.js";
import { startRedisServices } from "./live/redis-services.js";
import { subscribeToEmbeddedSandbox } from "./live/embedded-sandbox-subscriptions.js";
import { WEBHOOK_PATH } from "./webhooks/webhook-route.js";
import { wiseWebhookKeyFor } from "./webhooks/wise-public-keys.js";

/** Starts the GraphQL server, on the embedded Wise sandbox unless Wise credentials are set. */
async function main(): Promise<void> {
  const config = loadConfig();
  // The sandbox (its seed data included) is loaded only when it is used: talking to real Wise,
  // the process neither pays for it at start-up nor keeps it in memory.
  // With WISE_SCA_PRIVATE_KEY the embedded sandbox checks signatures against its public half.
  const scaPublicKey = config.scaPrivateKey ? createPublicKey(config.scaPrivateKey).export({ type: "spki", format: "pem" }).toString() : undefined;
  const sandbox = config.wise
    ? null
    : await import("./sandbox/index.js").then(({ startSandbox }) => startSandbox({ port: config.sandbox.port, latencyMs: config.sandbox.latencyMs, scaPublicKey }));
  const wiseUrl = config.wise?.url ?? sandbox!.url;
  const configuredToken = config.wise?.token ?? sandbox!.users[0].token;
  // On the embedded sandbox the server is its demo partner unless other credentials are set.
  const clientCredentials = config.clientCredentials ?? (sandbox ? { clientId: sandbox.client.id, clientSecret: sandbox.client.secret } : null);

  const trustedDocuments = config.trustedDocuments
    ? await loadTrustedDocuments(config.trustedDocuments).catch((error: Error) => {
        throw new ConfigError(`TRUSTED_DOCUMENTS: ${error.message}`);
      })
    : null;

  // Events, de-duplication and the client token go through Redis when it is set, so that
  // instances behind one load balancer act as one; without it, everything stays in this process.
  const redis = config.redis
    ? await startRedisServices({ ...config.redis, rememberMs: config.webhooks.rememberMs }).catch((error: Error) => {
        throw new ConfigError(error.message);
      })
    : null;
  // The keys webhook signatures are checked against: those configured, the embedded sandbox's
  // own, or else Wise's published key for the Wise in use.
  const webhookKeys = [...(config.webhooks.publicKeys ?? []), ...(sandbox ? [sandbox.webhookPublicKey] : [])];
  const publishedKey = config.webhooks.publicKeys === null && !sandbox ? wiseWebhookKeyFor(wiseUrl) : null;
  if (publishedKey) webhookKeys.push(publishedKey);

  const client = new WiseClient({
    baseUrl: wiseUrl,
    twcardBaseUrl: config.twcardUrl ?? undefined,
    maxConcurrentCalls: config.maxConcurrentWiseCalls,
    scaSigner: config.scaPrivateKey ? createScaSigner(config.scaPrivateKey) : undefined,
    jwsSigner: config.jws ? createJwsSigner(config.jws.privateKey, config.jws.keyId) : undefined,
  });
  const { app, apollo } = await createServer({
    client,
    defaultToken: config.anonymous === "allow" ? configuredToken : null,
    production: config.production,
    introspection: config.introspection,
    studio: config.studio,
    trustedDocuments,
    subgraphSecret: config.subgraphSecret,
    cors: config.cors,
    graphiql: config.graphiql,
    sandboxOnlyFields: config.sandboxOnlyFields,
    http: config.http,
    limits: config.limits,
    clientCredentials,
    // The demo's partner operations are open on the embedded sandbox in development only.
    partnerBackend: config.partnerSecret ? { secret: config.partnerSecret } : sandbox && !config.production ? "open" : null,
    uploads: config.uploads,
    downloads: config.downloads,
    events: redis?.events,
    sharedClientToken: redis && clientCredentials ? redis.clientToken(wiseUrl, clientCredentials.clientId) : null,
    webhooks: {
      publicKeys: webhookKeys,
      missingKeyReason: `No public key to check Wise's webhook signatures with: ${wiseUrl} is not a Wise host whose key is known; set WISE_WEBHOOK_PUBLIC_KEY.`,
      maxBodyBytes: config.webhooks.maxBodyBytes,
      rememberMs: config.webhooks.rememberMs,
      dedupe: redis?.dedupe,
      newestStates: redis?.newestStates,
    },
    live: config.live,
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  // On the embedded sandbox, the sandbox delivers its webhooks to this server (over loopback).
  if (sandbox) subscribeToEmbeddedSandbox(sandbox, `http://127.0.0.1:${port}${WEBHOOK_PATH}`);

  // Warnings first, so that they are not lost below the list of demo tokens.
  if (config.wise && config.anonymous === "allow") {
    console.warn(
      "WARNING: WISE_TOKEN_FOR_ANONYMOUS=allow: every request without a token acts as the WISE_API_TOKEN account. Anyone who can reach this server can read that account and move its money.",
    );
  }
  if (sandbox && config.production) {
    console.warn("WARNING: WISE_SANDBOX=true: serving the embedded fake Wise sandbox in production; no real account is behind this server.");
  }
  const lines = [`GraphQL server ready at http://localhost:${port}/graphql`];
  if (config.graphiql) {
    const noSchema = config.introspection ? "" : " (introspection is off: no docs or autocompletion; GRAPHQL_INTROSPECTION=true turns it on)";
    lines.push(`GraphiQL (self-hosted, works offline) at http://localhost:${port}${GRAPHIQL_PATH}${noSchema}`);
  }
  if (config.cors) lines.push(`CORS: pages on ${config.cors.origins.join(", ")} may call /graphql${config.cors.credentials ? " with credentials" : ""}`);
  if (trustedDocuments) lines.push(`Trusted documents only: ${trustedDocuments.size} operations from ${config.trustedDocuments}`);
  if (config.subgraphSecret) lines.push("Subgraph mode: /graphql answers only requests with the x-subgraph-secret header");
  else if (config.production) lines.push("Not a subgraph: _service and _entities exist in production only with SUBGRAPH_SECRET");
  lines.push(
    webhookKeys.length > 0
      ? `Wise webhooks at http://localhost:${port}${WEBHOOK_PATH} (signatures checked against ${sandbox && !config.webhooks.publicKeys ? "the embedded sandbox's key" : publishedKey ? "Wise's published key" : "WISE_WEBHOOK_PUBLIC_KEY"})`
      : `Wise webhooks at ${WEBHOOK_PATH} answer 503: set WISE_WEBHOOK_PUBLIC_KEY (${wiseUrl} is not a Wise host whose key is known)`,
  );
  lines.push(redis ? `Events, webhook de-duplication and the client token shared through Redis at ${redis.target}` : "Events stay in this process (no REDIS_URL)");
  if (config.studio) lines.push(`Reporting usage to Apollo Studio graph ${config.studio.graphRef}`);
  const anonymous = config.anonymous === "allow" ? `act as ${sandbox ? sandbox.users[0].name : "the WISE_API_TOKEN account"}` : "are refused (UNAUTHENTICATED)";
  if (sandbox) {
    lines.push(`Embedded Wise sandbox at ${sandbox.url} (no WISE_API_URL/WISE_API_TOKEN set)`);
    lines.push(`Requests without an Authorization header ${anonymous}. Demo tokens:`);
    for (const user of sandbox.users) lines.push(`  ${user.name}: Bearer ${user.token}  (SCA PIN ${user.pin}, OTP ${user.otp})`);
    for (const user of sandbox.scaUsers) lines.push(`  ${user.name}: Bearer ${user.token}  (SCA PIN ${user.pin}, OTP ${user.otp}; funding asks for SCA)`);
    if (config.scaPrivateKey) lines.push("WISE_SCA_PRIVATE_KEY is set: SCA challenges are cleared by signing, callers never see them");
    lines.push(
      `Demo partner client (POST /oauth/token): id ${sandbox.client.id}, secret ${sandbox.client.secret}${config.clientCredentials ? " (not used: WISE_CLIENT_ID is set)" : ""}`,
    );
  } else {
    lines.push(`Talking to Wise at ${wiseUrl}${config.sandboxOnlyFields ? "" : " (not a sandbox: transferSimulate is not served)"}`);
    lines.push(`Requests without an Authorization header ${anonymous}.`);
    lines.push(
      clientCredentials ? `Partner operations use client ${clientCredentials.clientId}` : "No WISE_CLIENT_ID/WISE_CLIENT_SECRET: partner operations and user-token grants are off",
    );
  }
  console.log(lines.join("\n"));

  // A clean drain exits 0, so that process managers see a normal stop; a second signal during the
  // drain ends the process at once, by that signal.
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    try {
      // Stopping Apollo drains and closes Fastify, and flushes pending Studio usage reports.
      await apollo.stop();
      // Writes the last interval's summary of failed Wise calls before the process ends.
      client.shutdown();
      await sandbox?.close();
      await redis?.close();
    } catch (error) {
      logger.error({ err: error }, "shutdown did not drain cleanly");
      process.exit(1);
    }
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
