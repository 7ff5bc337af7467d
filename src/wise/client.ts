import http from "node:http";
import https from "node:https";
import pLimit, { type LimitFunction } from "p-limit";
import got, { CancelError, HTTPError, RequestError, TimeoutError, type Got, type Method } from "got";
import type { z } from "zod";
import { stringifyWiseJson } from "./json.js";
import { decodeAnswer, parseErrorBody } from "./answer.js";
import { decodeFileAnswer, type WiseFileAnswer } from "./file-answer.js";
import { parseRetryAfter, readScaRejection, readWiseErrorBody, WiseApiError } from "./errors.js";
import type { WiseRoute } from "./route.js";
import { defaultBreakerOptions, RouteBreakers, type BreakerOptions } from "./breakers.js";
import { FailureLog } from "./failure-log.js";
import { RetryBudget } from "./retry-budget.js";
import { logger } from "../logging/logger.js";
import type { ScaSigner } from "./sca/signer.js";
import type { JwsSigner } from "./sca/jws.js";

/** Timeouts in milliseconds for each phase of a Wise call (got's names). */
export interface WiseTimeouts {
  /** Opening the TCP connection. */
  connect: number;
  /** The TLS handshake. */
  secureConnect: number;
  /** Waiting for the first response byte after the request was sent. */
  response: number;
  /** The whole attempt, from start to last body byte: catches slow drips too. */
  request: number;
}

export interface WiseClientOptions {
  /** Wise's base URL, e.g. https://api.wise.com or the embedded sandbox. */
  baseUrl: string;
  /** Wise's card data host (twcard), where card numbers, PINs and wallet payloads are asked for; `baseUrl` when absent (the embedded sandbox serves both). */
  twcardBaseUrl?: string;
  timeouts?: Partial<WiseTimeouts>;
  /** Retries of an idempotent GET after a network fault, 408, 429 or 5xx. */
  getRetryLimit?: number;
  /** The longest Retry-After (ms) a GET will wait for; a longer one fails fast as rate limited. */
  maxRetryAfterMs?: number;
  /** The first GET retry waits about this long (ms), each later one twice as long, plus jitter. */
  retryBaseDelayMs?: number;
  /** The largest Wise body accepted (bytes); a larger one is cut off and treated as a fault. */
  maxResponseBytes?: number;
  /** Circuit breaker settings: one breaker per route and caller, and one per route for outages seen by several callers. */
  breaker?: Partial<BreakerOptions>;
  /** Failed calls are logged as one summary line per route per this many ms (default 10 s). */
  failureLogIntervalMs?: number;
  /** Share of calls that may be retried when Wise fails a lot (default 0.2: at most ~1.2 calls per call). */
  retryBudgetRatio?: number;
  /** Wise calls in flight at once from this process; later ones wait their turn, unsent (default 256, the socket pool's size). */
  maxConcurrentCalls?: number;
  /** Signs one-time tokens for the personal-token SCA flow (WISE_SCA_PRIVATE_KEY); sessions then clear SCA themselves. */
  scaSigner?: ScaSigner;
  /** Signs the bodies of the calls Wise takes signed (funding) as JWS (WISE_JWS_PRIVATE_KEY, WISE_JWS_KEY_ID). */
  jwsSigner?: JwsSigner;
}

export const defaultTimeouts: WiseTimeouts = { connect: 2_000, secureConnect: 2_000, response: 10_000, request: 15_000 };

/** A call to Wise on behalf of one caller. */
export interface WiseCall<T> {
  method: Method;
  route: WiseRoute;
  /** The caller's own Wise token; sent as a Bearer header on this call only. */
  token: string;
  /** A hash of the token, made once per session: the key of the caller's own circuit breakers. */
  caller: string;
  decoder: z.ZodType<T>;
  searchParams?: Record<string, string | number | undefined>;
  /** A JSON body; decimal strings wrapped with `jsonNumber` are sent as exact JSON numbers. */
  json?: unknown;
  /** A multipart/form-data body (document uploads); got sets its Content-Type and boundary. */
  form?: FormData;
  /** A body sent exactly as given (a compact JWE), with the content type `headers` name; instead of `json`. */
  rawBody?: string;
  /** The answer is plain text (a PEM key), handed to the decoder as a string instead of parsed JSON. */
  textAnswer?: boolean;
  /** The answer is a file (a PDF, a CSV), handed to the decoder as `{ bytes, contentType }` instead of parsed JSON. */
  fileAnswer?: boolean;
  headers?: Record<string, string>;
  /** Epoch ms by which the whole call, retries included, must be over. */
  deadline?: number;
  /** Aborts at `deadline`; one per caller's request, shared by its calls (made per call when absent). */
  signal?: AbortSignal;
}

/** Keep-alive sockets to Wise per process, and by default the Wise calls in flight at once. */
const SOCKET_POOL_SIZE = 256;

/** Socket error code for a call that was not sent because its deadline had already passed. */
export const DEADLINE_EXCEEDED = "EDEADLINE";

/** Socket error code for a call the caller's deadline cut short before Wise had its full response timeout. */
export const CALLER_DEADLINE = "ECALLER_DEADLINE";

/**
 * The one HTTP client for Wise: a keep-alive agent, explicit timeouts, no redirects (a redirect
 * must never carry the token elsewhere), retries for idempotent GETs only (honouring
 * Retry-After), and the caller's token per call. It knows nothing of GraphQL.
 */
export class WiseClient {
  /** GETs: retried after a fault. */
  private readonly reads: Got;
  /** POST, PUT, PATCH, DELETE: never retried here, since money must move at most once. */
  private readonly writes: Got;
  readonly breakers: RouteBreakers;
  readonly failures: FailureLog;
  private readonly maxResponseBytes: number;
  private readonly responseTimeoutMs: number;
  private readonly retryBudget: RetryBudget;
  private readonly limit: LimitFunction;

  constructor(readonly options: WiseClientOptions) {
    // A call past the pool's 256 sockets would wait inside the agent holding got's whole request
    // machinery (options, a stream, timers); waiting here it is one closure, and it is never sent
    // late: it gives up at its request's deadline. A smaller cap also bounds the burst Wise sees.
    this.limit = pLimit(options.maxConcurrentCalls ?? SOCKET_POOL_SIZE);
    this.retryBudget = new RetryBudget(options.retryBudgetRatio ?? 0.2);
    const budget = this.retryBudget;
    this.breakers = new RouteBreakers({ ...defaultBreakerOptions, ...options.breaker });
    this.failures = new FailureLog(options.failureLogIntervalMs ?? 10_000);
    this.maxResponseBytes = options.maxResponseBytes ?? 5_000_000;
    const timeouts = { ...defaultTimeouts, ...options.timeouts };
    this.responseTimeoutMs = timeouts.response;
    // Every socket the pool opens stays open for reuse: with fewer free sockets kept than may be
    // busy, each burst of parallel calls (a page's recipients, an activity feed's transfers)
    // closed and reopened connections (measured by `npm run bench`: connect/close in the profile).
    const agentOptions = { keepAlive: true, maxSockets: SOCKET_POOL_SIZE, maxFreeSockets: SOCKET_POOL_SIZE, timeout: 60_000 };
    // Everything a call does not vary is set once here, in two instances (reads and writes): got
    // merges per-call options into a copy of these on every request, so the fewer a call passes,
    // the less it costs (the query string is built by us, there is no per-call retry setting).
    const common = got.extend({
      prefixUrl: options.baseUrl,
      agent: { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) },
      timeout: timeouts,
      followRedirect: false,
      throwHttpErrors: true,
      responseType: "text",
    });
    this.writes = common.extend({ retry: { limit: 0 } });
    this.reads = common.extend({
      retry: {
        limit: options.getRetryLimit ?? 2,
        methods: ["GET"],
        statusCodes: [408, 429, 500, 502, 503, 504],
        maxRetryAfter: options.maxRetryAfterMs ?? 5_000,
        backoffLimit: 2_000,
        // got's own backoff starts at 1 s; ours starts lower and keeps Retry-After when Wise sends it.
        calculateDelay: ({ computedValue, attemptCount, error }) => {
          if (computedValue === 0 || !budget.spend()) return 0;
          if (error.response?.headers["retry-after"] !== undefined) return computedValue;
          const base = options.retryBaseDelayMs ?? 200;
          return Math.min(2_000, base * 2 ** (attemptCount - 1) + Math.random() * (base / 2));
        },
      },
    });
  }

  /** Calls Wise and decodes the JSON answer, or throws a WiseApiError. */
  async call<T>(call: WiseCall<T>): Promise<T> {
    const operation = `${call.method} ${call.route.template}`;
    const started = performance.now();
    try {
      const result = await this.inTurn(call, operation, () => this.sendUnlessLate(call, operation));
      if (logger.isLevelEnabled("debug")) logger.debug({ operation, ms: Math.round(performance.now() - started) }, "wise call");
      return result;
    } catch (error) {
      const e = error as WiseApiError;
      logger.debug({ operation, ms: Math.round(performance.now() - started), kind: e.kind, status: e.status, networkCode: e.networkCode }, "wise call failed");
      if (error instanceof WiseApiError) this.failures.record(operation, error);
      throw error;
    }
  }

  /** Logs the failures counted so far and stops the breakers' timers. */
  shutdown(): void {
    this.failures.flush();
    this.breakers.shutdown();
  }

  /**
   * Runs `send` once fewer than `maxConcurrentCalls` are in flight. A call that has to wait gives
   * up at its request's deadline, unsent (when its turn comes, `sendUnlessLate` sees the deadline
   * passed and sends nothing), so a long queue answers in time instead of holding the request.
   */
  private async inTurn<T>(call: WiseCall<T>, operation: string, send: () => Promise<T>): Promise<T> {
    if (call.deadline === undefined || this.limit.activeCount < this.limit.concurrency) return this.limit(send);
    const queued = this.limit(send);
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(deadlineError(operation)), Math.max(0, call.deadline! - Date.now()));
    });
    try {
      return await Promise.race([queued, gaveUp]);
    } finally {
      clearTimeout(timer);
      queued.catch(() => undefined);
    }
  }

  /**
   * A call whose request deadline has passed (while it waited its turn, or before) is not sent,
   * and it is no fault of Wise's: it fails before the route's breaker, which counts Wise's faults.
   */
  private async sendUnlessLate<T>(call: WiseCall<T>, operation: string): Promise<T> {
    if (call.deadline !== undefined && call.deadline <= Date.now()) throw deadlineError(operation);
    return this.breakers.run(operation, call.caller, () => this.send(call, operation));
  }

  private async send<T>(call: WiseCall<T>, operation: string): Promise<T> {
    this.retryBudget.earn();
    const sentAt = Date.now();
    // The caller's deadline bounds the whole call, retries and Retry-After waits included.
    const deadline = call.signal ?? (call.deadline === undefined ? undefined : AbortSignal.timeout(Math.max(1, call.deadline - sentAt)));
    let text: string;
    let status: number;
    let file: WiseFileAnswer | undefined;
    try {
      const http = call.method === "GET" ? this.reads : this.writes;
      const request = http(relativeUrl(call.route.path, call.searchParams), {
        method: call.method,
        headers: requestHeaders(call),
        body: call.form ?? call.rawBody ?? (call.json === undefined ? undefined : stringifyWiseJson(call.json)),
        signal: deadline,
      });
      request.on("downloadProgress", (progress) => {
        if (progress.transferred > this.maxResponseBytes || (progress.total ?? 0) > this.maxResponseBytes) request.cancel();
      });
      const response = await request;
      text = response.body;
      status = response.statusCode;
      if (call.fileAnswer) file = { bytes: response.rawBody, contentType: response.headers["content-type"] ?? "application/octet-stream" };
    } catch (error) {
      if (deadline?.aborted && !(error instanceof HTTPError)) throw deadlineCut(operation, Date.now() - sentAt, this.responseTimeoutMs);
      throw toWiseError(error, operation);
    }
    if (file !== undefined) return decodeFileAnswer(file, status, call.decoder, operation);
    return decodeAnswer(call.textAnswer ? JSON.stringify(text) : text, status, call.decoder, operation);
  }
}

/** The path relative to Wise's base URL, with the defined query parameters, as got takes it. */
function relativeUrl(path: string, params: Record<string, string | number | undefined> | undefined): string {
  const relative = path.charCodeAt(0) === 47 ? path.slice(1) : path;
  if (!params) return relative;
  let query = "";
  for (const key in params) {
    const value = params[key];
    if (value === undefined) continue;
    query += `${query ? "&" : "?"}${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
  }
  return relative + query;
}

/** The token of a call Wise serves to anyone: it sends no Authorization header. */
export const NO_TOKEN = "";

function requestHeaders(call: WiseCall<unknown>): Record<string, string> {
  const headers: Record<string, string> = { accept: "application/json", ...call.headers };
  // Wise's public operations are called with no Authorization header at all.
  if (call.token !== NO_TOKEN) headers.authorization = `Bearer ${call.token}`;
  if (call.json !== undefined) headers["content-type"] = call.headers?.["content-type"] ?? "application/json";
  return headers;
}

function deadlineError(operation: string): WiseApiError {
  return new WiseApiError("NETWORK", null, [], null, operation, `${operation}: request deadline passed, call not sent`, DEADLINE_EXCEEDED);
}

/**
 * The caller's deadline cut a call short. When Wise had had our whole response timeout and still
 * not answered, that is Wise timing out; when the deadline left it less, it says nothing about
 * Wise, only that this caller's request ran out of time.
 */
function deadlineCut(operation: string, waitedMs: number, responseTimeoutMs: number): WiseApiError {
  if (waitedMs >= responseTimeoutMs) {
    return new WiseApiError("NETWORK", null, [], null, operation, `${operation}: no answer before the request deadline`, "ETIMEDOUT");
  }
  return new WiseApiError("NETWORK", null, [], null, operation, `${operation}: the request deadline cut the call short`, CALLER_DEADLINE);
}

function toWiseError(error: unknown, operation: string): WiseApiError {
  if (error instanceof CancelError) {
    return new WiseApiError("BAD_RESPONSE", null, [], null, operation, `${operation}: Wise's answer exceeded the size limit and was cut off`);
  }
  if (error instanceof HTTPError) {
    const { statusCode, body, headers } = error.response;
    const parsed = parseErrorBody(body);
    const oneTimeToken = readScaRejection(statusCode, headers);
    if (oneTimeToken !== null) {
      return new WiseApiError(
        "SCA_REQUIRED",
        statusCode,
        readWiseErrorBody(parsed),
        null,
        operation,
        `${operation}: Wise asks for strong customer authentication`,
        null,
        oneTimeToken,
      );
    }
    const retryAfter = parseRetryAfter(headers["retry-after"]);
    return new WiseApiError("HTTP", statusCode, readWiseErrorBody(parsed), retryAfter, operation, `${operation}: Wise answered ${statusCode}`);
  }
  if (error instanceof TimeoutError && ["lookup", "connect", "secureConnect"].includes(error.event)) {
    // Timed out before the request could be sent: Wise never saw it.
    return new WiseApiError("NETWORK", null, [], null, operation, `${operation}: ${error.event} timeout`, "ECONNECT_TIMEOUT");
  }
  if (error instanceof RequestError) {
    // Only the error code goes into the message: got's error also carries the request options,
    // headers included, so the error itself is never attached as a cause.
    return new WiseApiError("NETWORK", null, [], null, operation, `${operation}: ${error.code ?? "request failed"}`, error.code ?? null);
  }
  return new WiseApiError("NETWORK", null, [], null, operation, `${operation}: request failed`);
}
