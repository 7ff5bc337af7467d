import fastifyCors from "@fastify/cors";
import type { FastifyInstance } from "fastify";

/** Which other origins' pages may call this server from a browser (`CORS_ORIGINS`). */
export interface CorsOptions {
  /** Exact origins (`scheme://host[:port]`), e.g. Apollo Studio's `https://studio.apollographql.com`. */
  origins: readonly string[];
  /** Whether those pages may send cookies (`CORS_CREDENTIALS=true`); the API itself uses bearer tokens. */
  credentials: boolean;
}

/**
 * Request headers a page on an allowed origin may send: the JSON body and the bearer token,
 * Apollo's CSRF-prevention headers, and what Apollo Client and Studio's Explorer add
 * (client awareness, library name, query plans).
 */
export const CORS_ALLOWED_HEADERS = [
  "content-type",
  "authorization",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "apollographql-client-name",
  "apollographql-client-version",
  "apollographql-library-name",
  "apollographql-library-version",
  "apollo-query-plan-experimental",
] as const;

/** Browsers may reuse a preflight answer this long (seconds) before asking again. */
export const CORS_PREFLIGHT_MAX_AGE = 600;

/**
 * CORS for the pages of `origins`. Registered before every other hook, so that a preflight
 * (OPTIONS) is answered here, and never reaches Apollo, whose CSRF prevention would refuse it.
 * A request from another origin gets no `Access-Control-Allow-Origin`, and the browser keeps
 * the answer from the page; CSRF prevention still refuses simple (non-preflighted) requests.
 */
export async function registerCors(app: FastifyInstance, options: CorsOptions): Promise<void> {
  await app.register(fastifyCors, {
    origin: [...options.origins],
    credentials: options.credentials,
    methods: ["GET", "POST"],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    maxAge: CORS_PREFLIGHT_MAX_AGE,
  });
}
