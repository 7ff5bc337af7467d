import { createPrivateKey, createPublicKey } from "node:crypto";
import { defaultHttpLimits, type HttpLimits } from "./server/http-limits.js";
import { defaultLimits, type Limits } from "./server/limits.js";
import { defaultUploadLimits, type UploadLimits } from "./server/upload-limits.js";
import { defaultDownloadLimits, type DownloadLimits } from "./server/download-limits.js";
import { defaultLiveLimits, type LiveLimits } from "./live/limits.js";

/**
 * The one module that reads the environment (the linter refuses `process.env` anywhere else in
 * src/): each setting is read and checked here, and a bad value stops the start with a
 * `ConfigError` that names the variable. The rest of the code gets the values passed in.
 */

/** The service's settings, read from the environment in one place and checked at start. */
export interface Config {
  /** Port of the GraphQL server (`PORT`, default 4000; 0 picks a free one). */
  port: number;
  /** Interface to listen on (`HOST`, default localhost). */
  host: string;
  /** `NODE_ENV=production` turns off the embedded explorer, and introspection unless `GRAPHQL_INTROSPECTION=true`. */
  production: boolean;
  /**
   * Real Wise, when both `WISE_API_URL` and `WISE_API_TOKEN` are set; otherwise the embedded
   * sandbox runs, which production refuses unless `WISE_SANDBOX=true` asks for it.
   */
  wise: { url: string; token: string } | null;
  /**
   * Wise's card data host (`WISE_TWCARD_URL`), where card numbers, PINs and wallet payloads are
   * asked for: by default derived from `WISE_API_URL` (`https://api.wise.com` gives
   * `https://twcard.wise.com`, `https://api.wise-sandbox.com` gives `https://twcard.wise-sandbox.com`
   * (likewise for the older transferwise hosts),
   * any other host is taken to serve those paths itself). Null on the embedded sandbox, which serves them.
   */
  twcardUrl: string | null;
  /**
   * What a request without a token (no `Authorization`, an empty or blank one, `Bearer ` alone)
   * acts as. `deny`: nobody, it is UNAUTHENTICATED. `allow`: the configured Wise token, or the first
   * demo user on the embedded sandbox. `WISE_TOKEN_FOR_ANONYMOUS=allow|deny`; the default is
   * `allow` only for the embedded sandbox in development, `deny` everywhere else.
   */
  anonymous: "allow" | "deny";
  /**
   * The partner's Wise API client (`WISE_CLIENT_ID` and `WISE_CLIENT_SECRET`, both or neither):
   * the server's own client-credentials token for partner operations, and the user-token grants.
   * Null when unset; the embedded sandbox then lends its demo client.
   */
  clientCredentials: { clientId: string; clientSecret: string } | null;
  /**
   * Sandbox-only fields (`transferSimulate`) are in the schema unless the server talks to a Wise
   * that is not a sandbox: they are kept for the embedded sandbox, Wise's sandbox hosts and a
   * sandbox on a loopback address, and left out for api.wise.com and any other host.
   */
  sandboxOnlyFields: boolean;
  /** Connection limits of the HTTP server, against idle or slow sockets exhausting file descriptors. */
  http: HttpLimits;
  /** The limits every GraphQL request must fit (`GRAPHQL_MAX_*`, `GRAPHQL_REQUEST_DEADLINE_MS`). */
  limits: Limits;
  /**
   * `WISE_MAX_CONCURRENT_CALLS` (default 256, the size of the socket pool): Wise calls in flight
   * at once from this process; more wait their turn unsent. Bounds memory under load and the
   * burst Wise sees.
   */
  maxConcurrentWiseCalls: number;
  /**
   * `WISE_SCA_PRIVATE_KEY`: an RSA private key (PEM) whose public half is uploaded to the Wise
   * account. When Wise asks for strong customer authentication, the server signs the one-time
   * token with it (`X-Signature`, Wise's personal-token flow) and repeats the call, so callers
   * never see a challenge. The embedded sandbox is given the public half. Null when unset.
   */
  scaPrivateKey: string | null;
  /**
   * `WISE_JWS_PRIVATE_KEY` (an EC P-256/384/521 or RSA private key, PEM) with `WISE_JWS_KEY_ID`
   * (the UUID its public half was installed under, `wiseClientPublicKeyAdd`): the bodies of the
   * calls Wise takes signed (funding) are sent as JWS, and Wise's signed answers are checked.
   * Null when unset; one without the other is a start-up error.
   */
  jws: { privateKey: string; keyId: string } | null;
  sandbox: {
    /** `WISE_SANDBOX_PORT`, default 0: a free loopback port. */
    port: number;
    /** `WISE_SANDBOX_LATENCY_MS`: a fixed delay on every sandbox call, for benchmarks. */
    latencyMs: number;
  };
  /**
   * Introspection (`GRAPHQL_INTROSPECTION=true|false`): on by default in development, off in
   * production unless set to true.
   */
  introspection: boolean;
  /**
   * Apollo Studio usage reporting, when both `APOLLO_KEY` and `APOLLO_GRAPH_REF` (`graph@variant`)
   * are set; without them nothing is ever sent to Apollo.
   */
  studio: { key: string; graphRef: string } | null;
  /**
   * Trusted-documents mode (`TRUSTED_DOCUMENTS=path/to/manifest.json`): only the operations of
   * this manifest (sha256 hash to text, as codegen's `persistedDocuments` writes it) run.
   */
  trustedDocuments: string | null;
  /**
   * `SUBGRAPH_SECRET`: when set, every request to /graphql must carry it in `x-subgraph-secret`,
   * so that only the router that knows it can call this subgraph.
   */
  subgraphSecret: string | null;
  /**
   * `PARTNER_SECRET`: operations only the partner's own backend may run (creating users, asking
   * whether an email has an account, user-token grants, installing JOSE keys) need it in
   * `x-partner-secret`. Without it they are refused, except on the embedded sandbox in development.
   */
  partnerSecret: string | null;
  /**
   * CORS (`CORS_ORIGINS`: comma-separated exact origins, such as Apollo Studio's
   * https://studio.apollographql.com; none by default): pages on these origins may call /graphql
   * from a browser. `CORS_CREDENTIALS=true` also lets them send cookies (off by default: the API
   * takes bearer tokens). Null when no origin is listed.
   */
  cors: { origins: string[]; credentials: boolean } | null;
  /**
   * The self-hosted GraphiQL page at /graphiql (`GRAPHIQL=true|false`): served in development by
   * default, in production only when set to true.
   */
  graphiql: boolean;
  /**
   * File uploads (verification documents): `UPLOAD_MAX_FILE_BYTES` (default 10 MiB, Wise's limit),
   * `UPLOAD_MAX_FILES` per request (default 5), `UPLOAD_ALLOWED_TYPES` (comma-separated MIME types;
   * default image/jpeg, image/png, application/pdf, what Wise takes).
   */
  uploads: UploadLimits;
  /**
   * Download links (statement files, transfer receipts): `DOWNLOAD_TTL_SECONDS` (default 300),
   * `DOWNLOAD_MAX_FILE_BYTES` (default 5 MB), `DOWNLOAD_MAX_TOTAL_BYTES` (default 64 MiB),
   * `DOWNLOAD_BASE_URL` (the public origin links start with; none: links are paths on this server).
   */
  downloads: DownloadLimits;
  /**
   * Wise's webhooks at `POST /webhooks/wise`: `WISE_WEBHOOK_PUBLIC_KEY` (PEM; several may follow
   * one another, for a key change; null when unset: Wise's published key for the Wise in use, or
   * the embedded sandbox's), `WEBHOOK_MAX_BODY_BYTES` (default 256 KiB) and
   * `WEBHOOK_DEDUPE_TTL_SECONDS` (how long delivery ids and the newest state of each resource are
   * remembered; default 15 days, past Wise's two weeks of retries).
   */
  webhooks: { publicKeys: string[] | null; maxBodyBytes: number; rememberMs: number };
  /**
   * `REDIS_URL` (`redis://` or `rediss://`): events fan out to every instance through Redis
   * pub/sub, and webhook de-duplication, event ordering and the client-credentials token are
   * shared there. `REDIS_KEY_PREFIX` (default `wise-graphql:`) starts every key and the channel,
   * so deployments can share a Redis. Null when unset: everything stays in this process.
   */
  redis: { url: string; keyPrefix: string } | null;
  /**
   * Subscriptions over WebSocket (graphql-ws on /graphql): `SUBSCRIPTION_MAX_PER_CONNECTION`,
   * `SUBSCRIPTION_MAX_CONNECTIONS_PER_TOKEN`, `SUBSCRIPTION_MAX_MESSAGE_BYTES`,
   * `SUBSCRIPTION_INIT_TIMEOUT_MS`, `SUBSCRIPTION_KEEPALIVE_MS`, `SUBSCRIPTION_IDLE_TIMEOUT_MS`,
   * `SUBSCRIPTION_SUBSCRIBE_RATE` (per 10 s) and `SUBSCRIPTION_REAUTH_SECONDS`.
   */
  live: LiveLimits;
}

/** Hosts of Wise's sandbox (everything else is taken to be real money). */
const WISE_SANDBOX_HOSTS = /(^|\.)(wise-sandbox\.com|sandbox\.transferwise\.tech)$/i;
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Whether a Wise base URL is a sandbox, where simulation endpoints exist and no real money moves. */
export function isWiseSandbox(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return WISE_SANDBOX_HOSTS.test(host) || LOOPBACK_HOSTS.test(host);
}

/** Wise's API hosts and their card data hosts (the two Wise's spec names). */
const TWCARD_HOSTS: Record<string, string> = {
  "api.wise.com": "twcard.wise.com",
  "api.transferwise.com": "twcard.wise.com",
  "api.wise-sandbox.com": "twcard.wise-sandbox.com",
  "api.sandbox.transferwise.tech": "twcard.wise-sandbox.com",
};

/** The card data host that goes with a Wise API base URL: Wise's own for its API hosts, the same URL for any other (a proxy or a local sandbox). */
export function twcardUrlFor(apiUrl: string): string {
  const url = new URL(apiUrl);
  const twcard = TWCARD_HOSTS[url.hostname.toLowerCase()];
  return twcard === undefined ? apiUrl.replace(/\/+$/, "") : `${url.protocol}//${twcard}`;
}

/** WISE_TWCARD_URL, or the card data host of WISE_API_URL; null on the embedded sandbox. */
function twcardUrl(env: NodeJS.ProcessEnv, apiUrl: string | undefined): string | null {
  const raw = env.WISE_TWCARD_URL?.trim();
  if (!raw) return apiUrl ? twcardUrlFor(apiUrl) : null;
  if (!apiUrl) throw new ConfigError("WISE_TWCARD_URL needs WISE_API_URL and WISE_API_TOKEN: the embedded sandbox serves the card data paths itself.");
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`WISE_TWCARD_URL must be an http(s) URL such as https://twcard.wise-sandbox.com; got "${raw.slice(0, 100)}".`);
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`WISE_TWCARD_URL must be an http(s) URL without query, fragment or credentials; got "${raw.slice(0, 100)}".`);
  }
  return url.href.replace(/\/+$/, "");
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be an integer from ${min} to ${max}; got "${raw}".`);
  return value;
}

/** An optional `true`/`false` variable; undefined when unset. */
function flag(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (raw !== "true" && raw !== "false") throw new ConfigError(`${name} must be true or false; got "${raw}".`);
  return raw === "true";
}

/** `UPLOAD_MAX_FILE_BYTES`, `UPLOAD_MAX_FILES` and `UPLOAD_ALLOWED_TYPES`. */
function uploadLimits(env: NodeJS.ProcessEnv): UploadLimits {
  const types = (env.UPLOAD_ALLOWED_TYPES ?? "")
    .split(",")
    .map((type) => type.trim().toLowerCase())
    .filter(Boolean);
  const invalid = types.find((type) => !/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type));
  if (invalid !== undefined) throw new ConfigError(`UPLOAD_ALLOWED_TYPES must list MIME types such as application/pdf; got "${invalid.slice(0, 100)}".`);
  return {
    maxFileBytes: integer(env, "UPLOAD_MAX_FILE_BYTES", defaultUploadLimits.maxFileBytes, 1, 100 * 1024 * 1024),
    maxFiles: integer(env, "UPLOAD_MAX_FILES", defaultUploadLimits.maxFiles, 1, 50),
    allowedTypes: types.length > 0 ? [...new Set(types)] : defaultUploadLimits.allowedTypes,
  };
}

/** `DOWNLOAD_TTL_SECONDS`, `DOWNLOAD_MAX_FILE_BYTES`, `DOWNLOAD_MAX_TOTAL_BYTES` and `DOWNLOAD_BASE_URL`. */
function downloadLimits(env: NodeJS.ProcessEnv): DownloadLimits {
  const base = env.DOWNLOAD_BASE_URL?.trim();
  let baseUrl: string | null = null;
  if (base) {
    let url: URL;
    try {
      url = new URL(base);
    } catch {
      throw new ConfigError(`DOWNLOAD_BASE_URL must be an http(s) origin such as https://api.example.com; got "${base.slice(0, 100)}".`);
    }
    if ((url.protocol !== "https:" && url.protocol !== "http:") || url.search || url.hash || url.username || url.password)
      throw new ConfigError(`DOWNLOAD_BASE_URL must be an http(s) URL without query, fragment or credentials; got "${base.slice(0, 100)}".`);
    baseUrl = url.href.replace(/\/+$/, "");
  }
  return {
    ttlMs: integer(env, "DOWNLOAD_TTL_SECONDS", defaultDownloadLimits.ttlMs / 1000, 1, 3600) * 1000,
    maxFileBytes: integer(env, "DOWNLOAD_MAX_FILE_BYTES", defaultDownloadLimits.maxFileBytes, 1, 100 * 1024 * 1024),
    maxTotalBytes: integer(env, "DOWNLOAD_MAX_TOTAL_BYTES", defaultDownloadLimits.maxTotalBytes, 1, 4 * 1024 * 1024 * 1024),
    baseUrl,
  };
}

/** The limits of subscriptions over WebSocket (`SUBSCRIPTION_*`). */
function liveLimits(env: NodeJS.ProcessEnv): LiveLimits {
  return {
    ...defaultLiveLimits,
    maxSubscriptionsPerConnection: integer(env, "SUBSCRIPTION_MAX_PER_CONNECTION", defaultLiveLimits.maxSubscriptionsPerConnection, 1, 10_000),
    maxConnectionsPerToken: integer(env, "SUBSCRIPTION_MAX_CONNECTIONS_PER_TOKEN", defaultLiveLimits.maxConnectionsPerToken, 1, 100_000),
    maxMessageBytes: integer(env, "SUBSCRIPTION_MAX_MESSAGE_BYTES", defaultLiveLimits.maxMessageBytes, 1024, 10 * 1024 * 1024),
    connectionInitTimeoutMs: integer(env, "SUBSCRIPTION_INIT_TIMEOUT_MS", defaultLiveLimits.connectionInitTimeoutMs, 100, 600_000),
    keepAliveMs: integer(env, "SUBSCRIPTION_KEEPALIVE_MS", defaultLiveLimits.keepAliveMs, 1_000, 600_000),
    idleTimeoutMs: integer(env, "SUBSCRIPTION_IDLE_TIMEOUT_MS", defaultLiveLimits.idleTimeoutMs, 1_000, 86_400_000),
    subscribeRate: integer(env, "SUBSCRIPTION_SUBSCRIBE_RATE", defaultLiveLimits.subscribeRate, 1, 100_000),
    reauthSeconds: integer(env, "SUBSCRIPTION_REAUTH_SECONDS", defaultLiveLimits.reauthSeconds, 1, 86_400),
  };
}

/** `CORS_ORIGINS` and `CORS_CREDENTIALS`; each origin must be exact, as browsers send it in `Origin`. */
function corsConfig(env: NodeJS.ProcessEnv): Config["cors"] {
  const origins = (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  const credentials = flag(env, "CORS_CREDENTIALS") ?? false;
  if (origins.length === 0) {
    if (credentials) throw new ConfigError("CORS_CREDENTIALS=true needs CORS_ORIGINS: list the origins that may send credentials.");
    return null;
  }
  for (const origin of origins) {
    // A wildcard, a path or a trailing slash would never match a browser's Origin header (or would match any).
    let exact: string | null = null;
    try {
      const url = new URL(origin);
      exact = (url.protocol === "http:" || url.protocol === "https:") && !url.hostname.includes("*") ? url.origin : null;
    } catch {
      exact = null;
    }
    if (exact !== origin) {
      throw new ConfigError(
        `CORS_ORIGINS must list exact origins such as https://studio.apollographql.com (scheme, host, optional port; no path, no trailing slash, no wildcard); got "${origin.slice(0, 100)}".`,
      );
    }
  }
  return { origins: [...new Set(origins)], credentials };
}

const LIMIT_NAMES: Record<keyof Limits, string> = {
  maxDepth: "GRAPHQL_MAX_DEPTH",
  maxAliases: "GRAPHQL_MAX_ALIASES",
  maxRootFields: "GRAPHQL_MAX_ROOT_FIELDS",
  maxDirectives: "GRAPHQL_MAX_DIRECTIVES",
  maxTokens: "GRAPHQL_MAX_TOKENS",
  maxCost: "GRAPHQL_MAX_COST",
  maxBodyBytes: "GRAPHQL_MAX_BODY_BYTES",
  requestDeadlineMs: "GRAPHQL_REQUEST_DEADLINE_MS",
};

/** The request limits, each a positive integer overriding its default when set. */
function requestLimits(env: NodeJS.ProcessEnv): Limits {
  const limits = { ...defaultLimits };
  for (const key of Object.keys(LIMIT_NAMES) as Array<keyof Limits>) {
    const raw = env[LIMIT_NAMES[key]];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${LIMIT_NAMES[key]} must be a positive integer; got "${raw}".`);
    limits[key] = value;
  }
  return limits;
}

/** What the process-wide logger needs, read when it is created (on first import). */
export interface LoggingConfig {
  /** `LOG_LEVEL`: default `info`, `silent` when `NODE_ENV=test`. */
  level: string;
  /** `LOG_DIR`: write the log to `<LOG_DIR>/<pid>.log` instead of stdout (the test suite searches it for tokens). */
  dir: string | null;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export function loadLoggingConfig(env: NodeJS.ProcessEnv = process.env): LoggingConfig {
  const level = env.LOG_LEVEL?.trim() || (env.NODE_ENV === "test" ? "silent" : "info");
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}; got "${level}".`);
  return { level, dir: env.LOG_DIR?.trim() || null };
}

/** Settings of the stand-alone sandbox (`npm run sandbox`). */
export interface SandboxConfig {
  /** `WISE_SANDBOX_PORT`, default 0: a free port. */
  port: number;
  /** `WISE_SANDBOX_HOST`, default 127.0.0.1. */
  host: string;
  /** `WISE_SANDBOX_LATENCY_MS`, default 0: a fixed delay on every call. */
  latencyMs: number;
  /** `WISE_SANDBOX_SCA_PUBLIC_KEY`: the public key (PEM) personal-token SCA signatures are checked against. */
  scaPublicKey?: string;
}

export function loadSandboxConfig(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  const scaPublicKey = pem(env, "WISE_SANDBOX_SCA_PUBLIC_KEY");
  if (scaPublicKey !== null) {
    try {
      createPublicKey(scaPublicKey);
    } catch {
      throw new ConfigError("WISE_SANDBOX_SCA_PUBLIC_KEY must be a public key in PEM format.");
    }
  }
  return {
    port: integer(env, "WISE_SANDBOX_PORT", 0, 0, 65535),
    host: env.WISE_SANDBOX_HOST?.trim() || "127.0.0.1",
    latencyMs: integer(env, "WISE_SANDBOX_LATENCY_MS", 0, 0, 60_000),
    ...(scaPublicKey === null ? {} : { scaPublicKey }),
  };
}

/** A PEM from the environment; `\n` written for newlines (one-line env files) is accepted. */
function pem(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value.replace(/\\n/g, "\n") : null;
}

/** WISE_WEBHOOK_PUBLIC_KEY: one or more RSA public keys in PEM, one after the other. */
function webhookPublicKeys(env: NodeJS.ProcessEnv): string[] | null {
  const value = pem(env, "WISE_WEBHOOK_PUBLIC_KEY");
  if (value === null) return null;
  const blocks = value.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g) ?? [];
  if (blocks.length === 0) throw new ConfigError("WISE_WEBHOOK_PUBLIC_KEY must be an RSA public key in PEM format (-----BEGIN PUBLIC KEY----- ...).");
  for (const block of blocks) {
    let type: string | undefined;
    try {
      type = createPublicKey(block).asymmetricKeyType;
    } catch {
      throw new ConfigError("WISE_WEBHOOK_PUBLIC_KEY must be an RSA public key in PEM format (-----BEGIN PUBLIC KEY----- ...).");
    }
    if (type !== "rsa") throw new ConfigError(`WISE_WEBHOOK_PUBLIC_KEY must be an RSA public key (Wise signs with RSA); got a ${type ?? "different"} key.`);
  }
  return blocks.map((block) => `${block}\n`);
}

/** REDIS_URL and REDIS_KEY_PREFIX. The URL may hold a password: it is never echoed. */
function redisConfig(env: NodeJS.ProcessEnv): Config["redis"] {
  const url = env.REDIS_URL?.trim();
  const keyPrefix = env.REDIS_KEY_PREFIX?.trim() || "wise-graphql:";
  if (!/^[A-Za-z0-9:_.-]{1,64}$/.test(keyPrefix)) throw new ConfigError(`REDIS_KEY_PREFIX must be 1 to 64 letters, digits or :_.- characters; got "${keyPrefix.slice(0, 100)}".`);
  if (!url) return null;
  let protocol = "";
  try {
    protocol = new URL(url).protocol;
  } catch {
    // Reported below, without the URL.
  }
  if (protocol !== "redis:" && protocol !== "rediss:")
    throw new ConfigError("REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379 (its value is not shown: it may hold a password).");
  return { url, keyPrefix };
}

/** WISE_JWS_PRIVATE_KEY and WISE_JWS_KEY_ID, both or neither. */
function jwsKey(env: NodeJS.ProcessEnv): { privateKey: string; keyId: string } | null {
  const privateKey = pem(env, "WISE_JWS_PRIVATE_KEY");
  const keyId = env.WISE_JWS_KEY_ID?.trim() || null;
  if ((privateKey === null) !== (keyId === null)) throw new ConfigError("Set both WISE_JWS_PRIVATE_KEY and WISE_JWS_KEY_ID to sign requests, or neither.");
  if (privateKey === null || keyId === null) return null;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(keyId)) throw new ConfigError(`WISE_JWS_KEY_ID must be the key's UUID; got "${keyId}".`);
  let type: string | undefined;
  try {
    type = createPrivateKey(privateKey).asymmetricKeyType;
  } catch {
    throw new ConfigError("WISE_JWS_PRIVATE_KEY must be a private key in PEM format.");
  }
  if (type !== "ec" && type !== "rsa") throw new ConfigError(`WISE_JWS_PRIVATE_KEY must be an EC or RSA private key; got a ${type ?? "different"} key.`);
  return { privateKey, keyId };
}

/** WISE_SCA_PRIVATE_KEY, checked to be an RSA private key (the personal-token flow signs with RSA). */
function scaPrivateKey(env: NodeJS.ProcessEnv): string | null {
  const value = pem(env, "WISE_SCA_PRIVATE_KEY");
  if (value === null) return null;
  let type: string | undefined;
  try {
    type = createPrivateKey(value).asymmetricKeyType;
  } catch {
    throw new ConfigError("WISE_SCA_PRIVATE_KEY must be an RSA private key in PEM format (-----BEGIN PRIVATE KEY----- ...).");
  }
  if (type !== "rsa") throw new ConfigError(`WISE_SCA_PRIVATE_KEY must be an RSA private key; got a ${type ?? "different"} key.`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const url = env.WISE_API_URL?.trim();
  const token = env.WISE_API_TOKEN?.trim();
  if (Boolean(url) !== Boolean(token)) {
    throw new ConfigError("Set both WISE_API_URL and WISE_API_TOKEN to use a real Wise, or neither to use the embedded sandbox.");
  }
  if (url && !/^https?:\/\/[^\s/]+/.test(url)) throw new ConfigError(`WISE_API_URL must be an http(s) URL such as https://api.wise-sandbox.com; got "${url}".`);
  const production = env.NODE_ENV === "production";
  const sandboxAsked = flag(env, "WISE_SANDBOX");
  if (url && sandboxAsked) throw new ConfigError("WISE_SANDBOX=true runs the embedded sandbox: unset it, or unset WISE_API_URL and WISE_API_TOKEN.");
  if (!url && (sandboxAsked === false || (production && sandboxAsked !== true))) {
    // A production deployment that lost its credentials must not quietly serve fake money.
    throw new ConfigError(
      `${production ? "NODE_ENV=production" : "WISE_SANDBOX=false"} needs WISE_API_URL and WISE_API_TOKEN; to run the embedded fake Wise sandbox${production ? " in production" : ""} anyway, set WISE_SANDBOX=true.`,
    );
  }
  const anonymous = env.WISE_TOKEN_FOR_ANONYMOUS?.trim();
  if (anonymous && anonymous !== "allow" && anonymous !== "deny") {
    throw new ConfigError(`WISE_TOKEN_FOR_ANONYMOUS must be allow or deny; got "${anonymous}".`);
  }
  const clientId = env.WISE_CLIENT_ID?.trim();
  const clientSecret = env.WISE_CLIENT_SECRET?.trim();
  if (Boolean(clientId) !== Boolean(clientSecret)) throw new ConfigError("Set both WISE_CLIENT_ID and WISE_CLIENT_SECRET (the partner's Wise API client), or neither.");
  const introspection = env.GRAPHQL_INTROSPECTION?.trim();
  if (introspection && introspection !== "true" && introspection !== "false") {
    throw new ConfigError(`GRAPHQL_INTROSPECTION must be true or false; got "${introspection}".`);
  }
  const apolloKey = env.APOLLO_KEY?.trim();
  const graphRef = env.APOLLO_GRAPH_REF?.trim();
  if (Boolean(apolloKey) !== Boolean(graphRef)) {
    throw new ConfigError("Set both APOLLO_KEY and APOLLO_GRAPH_REF to report to Apollo Studio, or neither.");
  }
  if (graphRef && !/^[A-Za-z0-9_-]+@[A-Za-z0-9_.-]+$/.test(graphRef)) throw new ConfigError(`APOLLO_GRAPH_REF must look like my-graph@current; got "${graphRef}".`);
  const trustedDocuments = env.TRUSTED_DOCUMENTS?.trim() || null;
  const subgraphSecret = env.SUBGRAPH_SECRET?.trim() || null;
  const partnerSecret = env.PARTNER_SECRET?.trim() || null;
  if (partnerSecret !== null && partnerSecret.length < 16) throw new ConfigError("PARTNER_SECRET must be at least 16 characters long.");
  if (subgraphSecret !== null && subgraphSecret.length < 16) throw new ConfigError("SUBGRAPH_SECRET must be at least 16 characters long.");
  if (subgraphSecret !== null && trustedDocuments !== null) {
    // Behind a router the router's own operations (_entities, query plans) are never in a client
    // manifest: safelist client operations in the router instead.
    throw new ConfigError("TRUSTED_DOCUMENTS and SUBGRAPH_SECRET exclude each other: behind a router, safelist operations in the router.");
  }
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: env.HOST?.trim() || "localhost",
    production,
    wise: url && token ? { url: url.replace(/\/+$/, ""), token } : null,
    twcardUrl: twcardUrl(env, url || undefined),
    anonymous: anonymous === "allow" || anonymous === "deny" ? anonymous : !url && !production ? "allow" : "deny",
    clientCredentials: clientId && clientSecret ? { clientId, clientSecret } : null,
    partnerSecret,
    sandboxOnlyFields: !url || isWiseSandbox(url),
    http: {
      maxConnections: integer(env, "HTTP_MAX_CONNECTIONS", defaultHttpLimits.maxConnections, 1, 1_000_000),
      headersTimeoutMs: integer(env, "HTTP_HEADERS_TIMEOUT_MS", defaultHttpLimits.headersTimeoutMs, 100, 600_000),
      keepAliveTimeoutMs: integer(env, "HTTP_KEEP_ALIVE_TIMEOUT_MS", defaultHttpLimits.keepAliveTimeoutMs, 100, 600_000),
    },
    limits: requestLimits(env),
    maxConcurrentWiseCalls: integer(env, "WISE_MAX_CONCURRENT_CALLS", 256, 1, 10_000),
    scaPrivateKey: scaPrivateKey(env),
    jws: jwsKey(env),
    sandbox: {
      port: integer(env, "WISE_SANDBOX_PORT", 0, 0, 65535),
      latencyMs: integer(env, "WISE_SANDBOX_LATENCY_MS", 0, 0, 60_000),
    },
    introspection: introspection ? introspection === "true" : !production,
    studio: apolloKey && graphRef ? { key: apolloKey, graphRef } : null,
    trustedDocuments,
    subgraphSecret,
    cors: corsConfig(env),
    graphiql: flag(env, "GRAPHIQL") ?? !production,
    uploads: uploadLimits(env),
    downloads: downloadLimits(env),
    webhooks: {
      publicKeys: webhookPublicKeys(env),
      maxBodyBytes: integer(env, "WEBHOOK_MAX_BODY_BYTES", 256 * 1024, 1024, 10 * 1024 * 1024),
      rememberMs: integer(env, "WEBHOOK_DEDUPE_TTL_SECONDS", 15 * 24 * 3600, 60, 90 * 24 * 3600) * 1000,
    },
    redis: redisConfig(env),
    live: liveLimits(env),
  };
}
