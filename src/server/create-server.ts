import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { createContext, type Context } from "../context/context.js";
import { logger } from "../logging/logger.js";
import { createSubgraphSchema } from "../federation/subgraph-schema.js";
import type { WiseClient } from "../wise/client.js";
import { ClientCredentialsToken } from "../wise/client-token.js";
import { WiseOAuth, type ClientCredentials } from "../wise/oauth.js";
import { callerToken } from "./caller-token.js";
import { registerGraphiQL } from "./graphiql.js";
import { formatError } from "./format-error.js";
import { boundedDocumentStore } from "./document-store.js";
import { connectionsCheckingIntervalMs, defaultHttpLimits, type HttpLimits } from "./http-limits.js";
import { defaultLimits, type Limits } from "./limits.js";
import { armorProtection } from "./plugins/armor.js";
import { staticCacheControlPlugin } from "./plugins/cache-control.js";
import { costLimitPlugin } from "./plugins/cost-limit.js";
import { registerCors, type CorsOptions } from "./plugins/cors.js";
import { readinessCheck } from "./readiness.js";
import { literalPathsRule } from "./validation/literal-paths.rule.js";
import { maxRootFieldsRule } from "./validation/max-root-fields.rule.js";
import { oneMoneyMovePerOperation } from "./validation/money-moves.rule.js";
import { studioReportingPlugins, type StudioOptions } from "./plugins/studio-reporting.js";
import { subgraphSecretHook } from "./plugins/subgraph-secret.js";
import { partnerBackendCheck } from "./partner-backend.js";
import { defaultUploadLimits, type UploadLimits } from "./upload-limits.js";
import { registerUploads } from "./uploads.js";
import { trustedDocumentsPlugin, type TrustedDocuments } from "./plugins/trusted-documents.js";
import { defaultDownloadLimits, type DownloadLimits } from "./download-limits.js";
import { DownloadStore } from "../downloads/download-store.js";
import { registerDownloads } from "../downloads/download-route.js";
import { MemoryEventBus, type EventBus } from "../live/event-bus.js";
import { defaultLiveLimits, type LiveLimits } from "../live/limits.js";
import { upgradeChecks } from "../live/upgrade-checks.js";
import { registerLiveTransport } from "../live/ws-server.js";
import type { SubscriptionHub } from "../live/subscription-hub.js";

export interface ServerOptions {
  /** The Wise client (real Wise or the embedded sandbox). */
  client: WiseClient;
  /**
   * The token an anonymous request (no, empty or blank `Authorization`) acts with; null makes
   * such requests UNAUTHENTICATED. Who may have one is decided in config (`anonymous`).
   */
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
  /** Request limits (depth, aliases, cost, body size, deadline); `defaultLimits` when omitted. */
  limits?: Limits;
  /** The other origins whose pages may call /graphql from a browser; none (no CORS) by default. */
  cors?: CorsOptions | null;
  /** Whether the self-hosted GraphiQL is served at /graphiql; by default in development only. */
  graphiql?: boolean;
  /** Connection limits of the HTTP server; `defaultHttpLimits` when omitted. */
  http?: HttpLimits;
  /** Whether sandbox-only fields (`transferSimulate`) are served; by default they are. Off for a real Wise. */
  sandboxOnlyFields?: boolean;
  /**
   * The partner's API client (`WISE_CLIENT_ID`/`WISE_CLIENT_SECRET`, or the embedded sandbox's
   * demo client): partner operations and user-token grants need it; without it they are FORBIDDEN.
   */
  clientCredentials?: ClientCredentials | null;
  /**
   * Who may run the operations only the partner's own backend may run (`userCreate`, `userExists`,
   * the user-token grants, `wiseClientPublicKeyAdd`): `"open"` (the embedded sandbox in
   * development: anyone, for the demo), a secret the request must carry in `x-partner-secret`,
   * or nobody (the default).
   */
  partnerBackend?: "open" | { secret: string } | null;
  /** File upload limits (size, count, types); `defaultUploadLimits` when omitted. */
  uploads?: UploadLimits;
  /** How long and how much the download links' files are kept; `defaultDownloadLimits` when omitted. */
  downloads?: DownloadLimits;
  /** Carries Wise's webhook events to subscribers: across instances through Redis, or in this process (the default). */
  events?: EventBus;
  /** Limits of subscriptions over WebSocket; `defaultLiveLimits` when omitted. */
  live?: LiveLimits;
}

/** GraphQL over HTTP is UTF-8; a body declared in another charset is refused before it is parsed. */
async function utf8Only(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(request.headers["content-type"] ?? "")?.[1]?.toLowerCase();
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    await reply.code(415).send({ errors: [{ message: `Unsupported charset "${charset.slice(0, 40)}": send UTF-8.`, extensions: { code: "UNSUPPORTED_MEDIA_TYPE" } }] });
  }
}

export interface GraphQLServer {
  app: FastifyInstance;
  apollo: ApolloServer<Context>;
  /** The files behind the download links this server handed out. */
  downloads: DownloadStore;
  /** The bus that carries Wise's webhook events to this instance's subscribers. */
  events: EventBus;
  /** This instance's open GraphQL subscriptions (`size`: how many), fed from `events`. */
  subscriptions: SubscriptionHub;
}

/** Builds the HTTP server: Fastify with Apollo Server on /graphql and a health check. */
export async function createServer(options: ServerOptions): Promise<GraphQLServer> {
  // The Federation 2 subgraph schema: the public API plus `_service` and `_entities` for a router.
  // In production they exist only behind SUBGRAPH_SECRET: `_service` hands out the whole schema
  // with introspection off, and `_entities` reads by id around whatever the router enforces.
  const federation = !options.production || Boolean(options.subgraphSecret);
  const schema = await createSubgraphSchema({ federation, sandboxOnlyFields: options.sandboxOnlyFields ?? true });
  const limits = options.limits ?? defaultLimits;
  const http = options.http ?? defaultHttpLimits;
  const armor = armorProtection(limits, options.production);
  const validationRules = [...armor.validationRules, oneMoneyMovePerOperation, maxRootFieldsRule(limits.maxRootFields), literalPathsRule];
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // One line per request would dominate the log under load; errors are logged where they happen.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: limits.maxBodyBytes,
    // A client that sends its request slowly is cut off; the GraphQL deadline bounds the rest.
    requestTimeout: limits.requestDeadlineMs + 10_000,
    // Sockets that send no complete headers in time, and idle keep-alive ones, are closed, so
    // that held-open connections cannot use up the file descriptors.
    keepAliveTimeout: http.keepAliveTimeoutMs,
    http: { headersTimeout: http.headersTimeoutMs, connectionsCheckingInterval: connectionsCheckingIntervalMs(http) },
  });
  app.server.maxConnections = http.maxConnections;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: options.introspection ?? !options.production,
    // The Studio graph comes from our config; without one, studioReportingPlugins disables reporting.
    apollo: options.studio ? { key: options.studio.key, graphRef: options.studio.graphRef } : undefined,
    // Apollo's own warnings go through the same redacting logger as ours.
    logger,
    // main.ts drains on SIGINT/SIGTERM and exits 0; Apollo's own handlers would re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean ...?" hints in production: they would map the schema for an attacker.
    hideSchemaDetailsFromClientErrors: options.production,
    allowBatchedHttpRequests: false,
    // Apollo pretty-prints responses by default: two-space indentation costs CPU and bytes on every
    // answer, and clients (and GraphiQL) format JSON themselves.
    stringifyResult: (result) => JSON.stringify(result),
    // Counted inside graphql's parser, so an oversized document is refused before it is built.
    parseOptions: { maxTokens: limits.maxTokens },
    // Parsed documents are cached by the heap they really hold (their source and tokens included).
    documentStore: boundedDocumentStore(),
    csrfPrevention: true,
    validationRules,
    formatError,
    plugins: [
      // armor's typings point at Apollo's CommonJS build; the plugin objects are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      costLimitPlugin(schema, limits.maxCost),
      fastifyApolloDrainPlugin(app),
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false, graphRef: options.studio?.graphRef })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
      // `Cache-Control` from the schema's @cacheControl hints, once per document; unhinted fields are
      // not cacheable. Apollo's own plugin (which wraps every resolver) is turned off for it.
      ApolloServerPluginCacheControlDisabled(),
      staticCacheControlPlugin(schema),
      ...studioReportingPlugins(options.studio ?? null),
      ...(options.trustedDocuments ? [trustedDocumentsPlugin(options.trustedDocuments)] : []),
    ],
  });
  await apollo.start();

  // First of all hooks: preflights are answered before any other check sees them.
  if (options.cors) await registerCors(app, options.cors);
  // Liveness never touches Wise; readiness says whether Wise can be reached from here.
  app.get("/health", async () => ({ status: "ok" }));
  const ready = readinessCheck(options.client.options.baseUrl);
  app.get("/ready", async (_request, reply) => {
    const state = await ready();
    return reply.code(state.ready ? 200 : 503).send({ status: state.ready ? "ready" : "not ready", wise: state.wise });
  });
  if (options.graphiql ?? !options.production) registerGraphiQL(app);
  if (options.subgraphSecret) app.addHook("onRequest", subgraphSecretHook(options.subgraphSecret));
  app.addHook("onRequest", utf8Only);
  // GraphQL multipart requests (file uploads); Apollo's CSRF prevention still requires a preflight header.
  registerUploads(app, options.uploads ?? defaultUploadLimits);
  // Statement files and receipts, fetched from Wise by a GraphQL field, served once more by link.
  const downloads = new DownloadStore(options.downloads ?? defaultDownloadLimits);
  registerDownloads(app, downloads);
  const events = options.events ?? new MemoryEventBus();
  // While shutting down, answers in flight ask the client to close its keep-alive connection,
  // so draining ends as soon as they are sent instead of waiting for idle sockets to time out.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });
  const isPartnerBackend = partnerBackendCheck(options.partnerBackend ?? null);
  const oauth = options.clientCredentials ? new WiseOAuth(options.client.options.baseUrl, options.clientCredentials) : null;
  const partner = oauth ? { oauth, clientToken: new ClientCredentialsToken(oauth) } : null;
  await app.register(fastifyApollo(apollo), {
    path: "/graphql",
    context: async (request) =>
      createContext(
        options.client,
        callerToken(request.headers.authorization, options.defaultToken),
        limits.requestDeadlineMs,
        partner,
        isPartnerBackend(request.headers),
        downloads,
      ),
  });
  // Subscriptions: graphql-ws on the same port and path, with the same schema and rules.
  const subscriptions = registerLiveTransport(app, {
    path: "/graphql",
    rules: { schema, validationRules, limits, production: options.production, trustedDocuments: options.trustedDocuments ?? null },
    limits: options.live ?? defaultLiveLimits,
    events,
    contextFor: (token) => createContext(options.client, token, limits.requestDeadlineMs, partner, false, downloads),
    defaultToken: options.defaultToken,
    refuseUpgrade: upgradeChecks({ subgraphSecret: options.subgraphSecret ?? null, corsOrigins: options.cors?.origins ?? [] }),
  });
  return { app, apollo, downloads, events, subscriptions };
}
