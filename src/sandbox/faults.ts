// Fault injection for the sandbox's Wise routes: tests register faults per route key
// ("POST /v1/transfers", "GET /v2/profiles/:profileId" or "*"), optionally limited to a
// number of requests, a probability (seeded PRNG, never Math.random), one demo user and one
// request path (e.g. one profile's /v4/profiles/41000011/balances),
// and the server then delays, hangs, resets, truncates, drips or replaces the answer.
// Faults never apply to /__sandbox/* and faulted requests are still counted in Stats.
// Managed over HTTP by admin.ts (/__sandbox/faults) and in-process through
// RunningSandbox.faults (index.ts).

import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { errorReply, springError, toJson, type Reply } from "./http.js";
import { mulberry32 } from "./seed/random.js";

// ---------------------------------------------------------------------------------------
// Types

/** Extra delay before the handler runs; the request is then answered normally. */
export interface LatencyFault {
  type: "latency";
  ms: number;
}
/** Accept the request and never answer (the socket stays open until the client or close() ends it). */
export interface HangFault {
  type: "hang";
}
/** Reset the connection (TCP RST) before the handler runs: no state change, no response. */
export interface ResetBeforeFault {
  type: "reset-before";
}
/** Run the handler (state changes happen), then reset the connection without answering. */
export interface ResetAfterFault {
  type: "reset-after";
}
/**
 * Answer with this status. `body`: a string is sent verbatim, anything else as JSON;
 * default: a plausible body for the status (see defaultStatusReply). `headers` are added
 * last (lower-cased), so they can override content-type. `runHandler: true` runs the
 * handler first (state changes) and replaces its answer (a gateway 502/504 after the
 * upstream did the work).
 */
export interface StatusFault {
  type: "status";
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  runHandler?: boolean;
}
/**
 * Run the handler, send its status, headers (content-length of the full body) and only
 * the first `bytes` of the body (default half; always at least one byte short), then
 * close the socket.
 */
export interface TruncateFault {
  type: "truncate";
  bytes?: number;
}
/** Answer `status` (default 200) with content-type text/html and a proxy's HTML error page. */
export interface HtmlFault {
  type: "html";
  status?: number;
}
/**
 * Run the handler, then answer 200 with a JSON body of the wrong shape (default
 * {"unexpected":true}); a string `body` is sent verbatim (e.g. invalid JSON).
 */
export interface WrongShapeFault {
  type: "wrong-shape";
  body?: unknown;
}
/** Answer 200 with a valid JSON body of exactly `bytes` bytes (default 20 MB), streamed. */
export interface HugeFault {
  type: "huge";
  bytes?: number;
}
/**
 * Send the headers at once, then the body at `bytesPerSecond`. With `runHandler: true`
 * the body (and status/headers) is the handler's real answer; otherwise a 200 JSON filler
 * of `bytes` bytes (default 1024).
 */
export interface DripFault {
  type: "drip";
  bytesPerSecond: number;
  runHandler?: boolean;
  bytes?: number;
}
/**
 * Convenience for rate limiting: `status` (default 429) with `Retry-After` as integer
 * `seconds` (default 5, the OAS example) or, with `httpDate: true`, as an HTTP date that
 * many seconds from now (rounded up to the next second).
 */
export interface RetryAfterFault {
  type: "retry-after";
  status?: 429 | 503;
  seconds?: number;
  httpDate?: boolean;
}

export type Fault =
  | LatencyFault
  | HangFault
  | ResetBeforeFault
  | ResetAfterFault
  | StatusFault
  | TruncateFault
  | HtmlFault
  | WrongShapeFault
  | HugeFault
  | DripFault
  | RetryAfterFault;

export type FaultType = Fault["type"];

/** What POST /__sandbox/faults and RunningSandbox.faults.add() take. */
export interface FaultSpec {
  /** Stats key ("METHOD /find-my-way/:pattern") of a Wise route, or "*" for every Wise route. */
  route: string;
  fault: Fault;
  /** Apply to this many requests, then stop (default: until cleared). */
  times?: number;
  /** 0..1, decided per matching request with a seeded PRNG (default 1). */
  probability?: number;
  /** Only requests bearing this demo user's token ("alice", "bob"). */
  user?: string;
  /** Only requests to exactly this path, without the query ("/v4/profiles/41000011/balances"): one object's call among many of the same route. */
  path?: string;
  /** Seed of this fault's PRNG (default 0x5eedfa17); the same seed gives the same decisions. */
  seed?: number;
}

/** One registered fault, as GET /__sandbox/faults and faults.list() report it. */
export interface FaultInfo {
  id: number;
  route: string;
  fault: Fault;
  times: number | null;
  probability: number;
  user: string | null;
  path: string | null;
  seed: number;
  /** Requests that matched route, user and path while active (including those the probability skipped). */
  matched: number;
  /** Requests the fault was applied to. */
  applied: number;
  /** False once `times` is used up (kept in the list until cleared, for assertions). */
  active: boolean;
}

/** In-process fault control, exposed as RunningSandbox.faults. */
export interface SandboxFaults {
  /** Validates and registers a fault (throws FaultSpecError on nonsense); returns its id. */
  add(spec: FaultSpec): number;
  list(): FaultInfo[];
  /** Removes one fault; false when the id is unknown. */
  remove(id: number): boolean;
  /** Removes every fault (faultsApplied in stats is kept until reset). */
  clear(): void;
  /** Total number of fault applications since the last reset (stats' faultsApplied). */
  readonly applied: number;
}

export class FaultSpecError extends Error {}

export const DEFAULT_FAULT_SEED = 0x5eedfa17;
export const DEFAULT_HUGE_BYTES = 20 * 1024 * 1024;
export const DEFAULT_DRIP_FILLER_BYTES = 1024;
export const DEFAULT_RETRY_AFTER_SECONDS = 5;
const MAX_HUGE_BYTES = 1024 * 1024 * 1024;
const MAX_LATENCY_MS = 60 * 60 * 1000;
/** Filler bodies are {"padding":"aaa…"}; the smallest one is {"padding":""}. */
const HUGE_PREFIX = '{"padding":"';
const HUGE_SUFFIX = '"}';
const HUGE_MIN_BYTES = HUGE_PREFIX.length + HUGE_SUFFIX.length;
const CHUNK = 64 * 1024;

// ---------------------------------------------------------------------------------------
// Validation

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const FAULT_FIELDS: Record<FaultType, readonly string[]> = {
  latency: ["ms"],
  hang: [],
  "reset-before": [],
  "reset-after": [],
  status: ["status", "body", "headers", "runHandler"],
  truncate: ["bytes"],
  html: ["status"],
  "wrong-shape": ["body"],
  huge: ["bytes"],
  drip: ["bytesPerSecond", "runHandler", "bytes"],
  "retry-after": ["status", "seconds", "httpDate"],
};
const FAULT_TYPES = Object.keys(FAULT_FIELDS) as FaultType[];
const SPEC_FIELDS = ["route", "fault", "times", "probability", "user", "path", "seed"];

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

function fail(message: string): never {
  throw new FaultSpecError(message);
}

function rejectUnknown(value: Json, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      fail(`${where}: unknown field '${key}' (allowed: ${allowed.length === 0 ? "none" : allowed.join(", ")})`);
    }
  }
}

function intField(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(`${name} must be an integer in ${min}..${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function optInt(value: unknown, name: string, min: number, max: number): number | undefined {
  return value === undefined ? undefined : intField(value, name, min, max);
}

function optBool(value: unknown, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") fail(`${name} must be a boolean, got ${JSON.stringify(value)}`);
  return value;
}

function optStatus(value: unknown, name: string): number | undefined {
  return optInt(value, name, 200, 599);
}

function jsonBody(value: unknown, name: string): unknown {
  if (value === undefined || typeof value === "string") return value;
  try {
    toJson(value);
  } catch {
    fail(`${name} must be a string (sent verbatim) or a JSON-serialisable value`);
  }
  return value;
}

function headerMap(value: unknown, name: string): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) fail(`${name} must be an object of header name -> string value`);
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!HEADER_NAME.test(key)) fail(`${name}: '${key}' is not a valid header name`);
    if (typeof v !== "string" || !HEADER_VALUE.test(v)) fail(`${name}.${key} must be a string without line breaks`);
    const lower = key.toLowerCase();
    if (lower === "content-length" || lower === "transfer-encoding") fail(`${name}: '${key}' is set by the sandbox`);
    out[lower] = v;
  }
  return out;
}

function compact<T extends object>(value: T): T {
  // Drops undefined optionals so listings show only what was given.
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Validates a fault (from JSON or TypeScript) and returns a normalised copy. */
export function parseFault(value: unknown): Fault {
  if (!isObject(value)) fail(`fault must be an object with a 'type' (one of ${FAULT_TYPES.join(", ")})`);
  const type = value.type;
  if (typeof type !== "string" || !FAULT_TYPES.includes(type as FaultType)) {
    fail(`fault.type must be one of ${FAULT_TYPES.join(", ")}, got ${JSON.stringify(type)}`);
  }
  const t = type as FaultType;
  rejectUnknown(value, ["type", ...FAULT_FIELDS[t]], `fault of type '${t}'`);
  switch (t) {
    case "latency":
      if (typeof value.ms !== "number" || !Number.isFinite(value.ms) || value.ms < 0 || value.ms > MAX_LATENCY_MS) {
        fail(`fault.ms must be a number of milliseconds in 0..${MAX_LATENCY_MS}, got ${JSON.stringify(value.ms)}`);
      }
      return { type: t, ms: value.ms };
    case "hang":
    case "reset-before":
    case "reset-after":
      return { type: t };
    case "status": {
      const status = value.status === undefined ? fail("fault.status is required for type 'status'") : value.status;
      return compact<StatusFault>({
        type: t,
        status: intField(status, "fault.status", 200, 599),
        body: jsonBody(value.body, "fault.body"),
        headers: headerMap(value.headers, "fault.headers"),
        runHandler: optBool(value.runHandler, "fault.runHandler"),
      });
    }
    case "truncate":
      return compact<TruncateFault>({ type: t, bytes: optInt(value.bytes, "fault.bytes", 0, MAX_HUGE_BYTES) });
    case "html":
      return compact<HtmlFault>({ type: t, status: optStatus(value.status, "fault.status") });
    case "wrong-shape":
      return compact<WrongShapeFault>({ type: t, body: jsonBody(value.body, "fault.body") });
    case "huge":
      return compact<HugeFault>({ type: t, bytes: optInt(value.bytes, "fault.bytes", HUGE_MIN_BYTES, MAX_HUGE_BYTES) });
    case "drip": {
      const rate = value.bytesPerSecond;
      if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= 0) {
        fail(`fault.bytesPerSecond must be a positive number, got ${JSON.stringify(rate)}`);
      }
      return compact<DripFault>({
        type: t,
        bytesPerSecond: rate,
        runHandler: optBool(value.runHandler, "fault.runHandler"),
        bytes: optInt(value.bytes, "fault.bytes", HUGE_MIN_BYTES, MAX_HUGE_BYTES),
      });
    }
    case "retry-after": {
      if (value.status !== undefined && value.status !== 429 && value.status !== 503) {
        fail(`fault.status must be 429 or 503 for type 'retry-after', got ${JSON.stringify(value.status)}`);
      }
      return compact<RetryAfterFault>({
        type: t,
        status: value.status as 429 | 503 | undefined,
        seconds: optInt(value.seconds, "fault.seconds", 0, 86_400 * 365),
        httpDate: optBool(value.httpDate, "fault.httpDate"),
      });
    }
  }
}

/** A registered fault: what FaultInfo reports, less the derived `active`, plus its own PRNG. */
interface Entry extends Omit<FaultInfo, "active"> {
  rng: () => number;
}

// ---------------------------------------------------------------------------------------
// Registry

export interface FaultsOptions {
  /** Stats keys of the mounted Wise routes, to reject faults for routes that do not exist. */
  routes: Iterable<string>;
  /** Names of the demo users (for `user`). */
  users: () => Iterable<string>;
}

/** What the server hands to before()/after() about the request being faulted. */
export interface FaultExchange {
  req: IncomingMessage;
  res: ServerResponse;
  /** Headers every sandbox response carries (x-trace-id, echoed correlation id). */
  headers: Record<string, string>;
  path: string;
  /** The sandbox clock (for Retry-After dates). */
  now: () => number;
}

export class Faults implements SandboxFaults {
  private entries: Entry[] = [];
  private nextId = 1;
  private total = 0;
  private readonly routes: Set<string>;
  /** Sockets of hung requests: destroyed by shutdown(). */
  private readonly hung = new Set<Socket>();
  /** Pending latency delays: cancelled by shutdown(). */
  private readonly sleeping = new Set<() => void>();

  constructor(private readonly options: FaultsOptions) {
    this.routes = new Set(options.routes);
  }

  add(spec: FaultSpec): number {
    const value: unknown = spec;
    if (!isObject(value)) fail("body must be a JSON object {route, fault, times?, probability?, user?, path?, seed?}");
    rejectUnknown(value, SPEC_FIELDS, "fault spec");
    const route = value.route;
    if (typeof route !== "string") fail(`route must be a string such as "GET /v2/profiles/:profileId" or "*"`);
    if (route !== "*" && !this.routes.has(route)) {
      fail(`route '${route}' is not a Wise route of this sandbox; use "*" or one of: ${[...this.routes].sort().join(", ")}`);
    }
    const fault = parseFault(value.fault);
    const times = optInt(value.times, "times", 1, Number.MAX_SAFE_INTEGER) ?? null;
    let probability = 1;
    if (value.probability !== undefined) {
      const p = value.probability;
      if (typeof p !== "number" || !Number.isFinite(p) || p < 0 || p > 1) {
        fail(`probability must be a number in 0..1, got ${JSON.stringify(p)}`);
      }
      probability = p;
    }
    let user: string | null = null;
    if (value.user !== undefined) {
      const names = [...this.options.users()];
      if (typeof value.user !== "string" || !names.includes(value.user)) {
        fail(`user must be one of ${names.join(", ")}, got ${JSON.stringify(value.user)}`);
      }
      user = value.user;
    }
    let path: string | null = null;
    if (value.path !== undefined) {
      if (typeof value.path !== "string" || !/^\/[^?#\s]{0,499}$/.test(value.path)) {
        fail(`path must be a request path starting with "/", without query, got ${JSON.stringify(value.path)}`);
      }
      path = value.path;
    }
    const seed = optInt(value.seed, "seed", 0, 0xffffffff) ?? DEFAULT_FAULT_SEED;
    const id = this.nextId++;
    this.entries.push({ id, route, fault, times, probability, user, path, seed, matched: 0, applied: 0, rng: mulberry32(seed) });
    return id;
  }

  list(): FaultInfo[] {
    return this.entries.map((e) => ({
      id: e.id,
      route: e.route,
      fault: e.fault,
      times: e.times,
      probability: e.probability,
      user: e.user,
      path: e.path,
      seed: e.seed,
      matched: e.matched,
      applied: e.applied,
      active: e.times === null || e.applied < e.times,
    }));
  }

  remove(id: number): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.id !== id);
    return this.entries.length !== before;
  }

  clear(): void {
    this.entries = [];
  }

  /** POST /__sandbox/reset: no faults and faultsApplied back to 0. */
  reset(): void {
    this.clear();
    this.total = 0;
  }

  get applied(): number {
    return this.total;
  }

  /**
   * The fault to apply to this request, if any: the first active one whose route, user and
   * path match and whose probability roll succeeds (a failed roll lets later faults try).
   */
  take(routeKey: string, userName: string | undefined, path?: string): Fault | null {
    for (const e of this.entries) {
      if (e.times !== null && e.applied >= e.times) continue;
      if (e.route !== "*" && e.route !== routeKey) continue;
      if (e.user !== null && e.user !== userName) continue;
      if (e.path !== null && e.path !== path) continue;
      e.matched++;
      if (e.probability < 1 && !(e.rng() < e.probability)) continue;
      e.applied++;
      this.total++;
      return e.fault;
    }
    return null;
  }

  /**
   * Runs the part of a fault that comes before the handler. Returns true when the request
   * is finished (answered, reset or hung) and the handler must not run.
   */
  async before(fault: Fault, ex: FaultExchange): Promise<boolean> {
    switch (fault.type) {
      case "latency":
        // The handler runs after the delay even if the client gave up (as a real server
        // would); only shutdown() cancels it.
        return !(await this.sleep(fault.ms));
      case "hang":
        this.hold(ex.req.socket);
        return true;
      case "reset-before":
        resetSocket(ex.req.socket);
        return true;
      case "status":
        if (fault.runHandler === true) return false;
        writeReply(ex, statusReply(fault, ex));
        return true;
      case "html":
        writeReply(ex, htmlReply(fault.status ?? 200));
        return true;
      case "huge":
        await streamHuge(ex, fault.bytes ?? DEFAULT_HUGE_BYTES);
        return true;
      case "drip":
        if (fault.runHandler === true) return false;
        await drip(ex, fillerReply(fault.bytes ?? DEFAULT_DRIP_FILLER_BYTES), fault.bytesPerSecond);
        return true;
      case "retry-after":
        writeReply(ex, retryAfterReply(fault, ex));
        return true;
      case "reset-after":
      case "truncate":
      case "wrong-shape":
        return false;
    }
  }

  /** Sends (or withholds) the handler's reply as the fault dictates. */
  async after(fault: Fault, reply: Reply, ex: FaultExchange): Promise<void> {
    switch (fault.type) {
      case "reset-after":
        resetSocket(ex.req.socket);
        return;
      case "status":
        writeReply(ex, statusReply(fault, ex));
        return;
      case "truncate":
        truncate(ex, reply, fault.bytes);
        return;
      case "wrong-shape":
        writeReply(ex, customReply(200, fault.body ?? { unexpected: true }));
        return;
      case "drip":
        await drip(ex, reply, fault.bytesPerSecond);
        return;
      default:
        // latency (and anything answered in before(), which never gets here).
        writeReply(ex, reply);
    }
  }

  /** sandbox.close(): destroys hung sockets and cancels pending latency delays. */
  shutdown(): void {
    for (const socket of this.hung) socket.destroy();
    this.hung.clear();
    for (const cancel of [...this.sleeping]) cancel();
  }

  private hold(socket: Socket): void {
    this.hung.add(socket);
    socket.once("close", () => this.hung.delete(socket));
  }

  /** Resolves true after ms, false if shutdown() cancelled it. */
  private sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (completed: boolean) => {
        clearTimeout(timer);
        this.sleeping.delete(cancel);
        resolve(completed);
      };
      const cancel = () => done(false);
      const timer = setTimeout(() => done(true), ms);
      this.sleeping.add(cancel);
    });
  }
}

// ---------------------------------------------------------------------------------------
// Bodies

const TOO_MANY_REQUESTS = { errors: [{ code: "TOO_MANY_REQUESTS", message: "Too many requests" }] };

/** Envoy's own error answers (plain text, `server: envoy`), as Wise's edge would send them. */
const ENVOY_BODIES: Record<number, string> = {
  502: "upstream connect error or disconnect/reset before headers. reset reason: connection termination",
  503: "upstream connect error or disconnect/reset before headers. reset reason: connection failure",
  504: "upstream request timeout",
};

/**
 * Default answer of a `status` fault without `body`:
 * 429 Wise JSON {"errors":[{"code":"TOO_MANY_REQUESTS",…}]} + x-rate-limited-by;
 * 500 Wise JSON UNEXPECTED_ERROR (as the sandbox's own 500s);
 * 502/503/504 Envoy plain text; other 4xx/5xx a Spring error body; 2xx/3xx an empty body.
 */
export function defaultStatusReply(status: number, path: string): Reply {
  if (status === 429) {
    return { status, body: toJson(TOO_MANY_REQUESTS), headers: { "x-rate-limited-by": "wise-public-api" } };
  }
  if (status === 500) {
    const body = { errors: [{ code: "UNEXPECTED_ERROR", message: "An unexpected error occurred", arguments: [] }] };
    return { status, body: toJson(body) };
  }
  const envoy = ENVOY_BODIES[status];
  if (envoy !== undefined) return { status, body: envoy, headers: { "content-type": "text/plain", server: "envoy" } };
  if (status >= 400) {
    const reason = STATUS_CODES[status] ?? "Error";
    return { ...errorReply(springError(status, reason, reason, path)), status };
  }
  return { status, body: "" };
}

function customReply(status: number, body: unknown): Reply {
  return { status, body: typeof body === "string" ? body : toJson(body) };
}

function statusReply(fault: StatusFault, ex: FaultExchange): Reply {
  const base = fault.body === undefined ? defaultStatusReply(fault.status, ex.path) : customReply(fault.status, fault.body);
  return { ...base, headers: { ...base.headers, ...fault.headers } };
}

function retryAfterReply(fault: RetryAfterFault, ex: FaultExchange): Reply {
  const status = fault.status ?? 429;
  const seconds = fault.seconds ?? DEFAULT_RETRY_AFTER_SECONDS;
  const retryAfter =
    fault.httpDate === true ? new Date(Math.ceil((ex.now() + seconds * 1000) / 1000) * 1000).toUTCString() : String(seconds);
  const base = defaultStatusReply(status, ex.path);
  return { ...base, headers: { ...base.headers, "retry-after": retryAfter } };
}

function htmlReply(status: number): Reply {
  const title = status === 200 ? "Service Temporarily Unavailable" : `${status} ${STATUS_CODES[status] ?? "Error"}`;
  const body =
    `<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n` +
    `<center><h1>${title}</h1></center>\n<p>The server is temporarily unable to service your request. Please try again later.</p>\n` +
    `<hr><center>nginx</center>\n</body>\n</html>\n`;
  return { status, body, headers: { "content-type": "text/html; charset=utf-8", server: "nginx" } };
}

let fillerChunk: Buffer | null = null;

/** A 200 JSON body {"padding":"aaa…"} of exactly `bytes` bytes. */
function fillerReply(bytes: number): Reply {
  return { status: 200, body: HUGE_PREFIX + "a".repeat(bytes - HUGE_MIN_BYTES) + HUGE_SUFFIX };
}

// ---------------------------------------------------------------------------------------
// Wire

/** The headers send() in http.ts writes, for a reply whose body is `length` bytes. */
function replyHeaders(ex: FaultExchange, reply: Reply, length: number): Record<string, string | number> {
  return {
    "content-type": "application/json",
    "content-length": length,
    "cache-control": "no-cache, no-store, max-age=0, must-revalidate",
    ...ex.headers,
    ...reply.headers,
  };
}

function writeReply(ex: FaultExchange, reply: Reply): void {
  ex.res.writeHead(reply.status, replyHeaders(ex, reply, Buffer.byteLength(reply.body)));
  ex.res.end(reply.body);
}

/** TCP RST then destroy (the client sees ECONNRESET); plain destroy if RST is impossible. */
function resetSocket(socket: Socket): void {
  try {
    socket.resetAndDestroy();
  } catch {
    socket.destroy();
  }
}

function truncate(ex: FaultExchange, reply: Reply, bytes: number | undefined): void {
  const body = Buffer.from(reply.body, "utf8");
  const cut = Math.max(0, Math.min(bytes ?? Math.floor(body.length / 2), body.length - 1));
  ex.res.writeHead(reply.status, replyHeaders(ex, reply, body.length));
  // Destroy only once the partial body has reached the socket, so the client gets it.
  ex.res.write(body.subarray(0, cut), () => ex.req.socket.destroy());
}

/** Watches the response for the connection going away. */
function closeWatch(res: ServerResponse): { closed: () => boolean; drain: () => Promise<void> } {
  let closed = res.destroyed;
  const wake = new Set<() => void>();
  res.once("close", () => {
    closed = true;
    for (const w of wake) w();
  });
  return {
    closed: () => closed,
    drain: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          res.off("drain", done);
          wake.delete(done);
          resolve();
        };
        res.once("drain", done);
        wake.add(done);
      }),
  };
}

async function streamHuge(ex: FaultExchange, bytes: number): Promise<void> {
  const { res } = ex;
  const watch = closeWatch(res);
  res.writeHead(200, replyHeaders(ex, { status: 200, body: "" }, bytes));
  fillerChunk ??= Buffer.alloc(CHUNK, "a");
  let ok = res.write(HUGE_PREFIX);
  let left = bytes - HUGE_MIN_BYTES;
  while (left > 0 && !watch.closed()) {
    if (!ok) {
      await watch.drain();
      if (watch.closed()) return;
    }
    const n = Math.min(CHUNK, left);
    ok = res.write(n === CHUNK ? fillerChunk : fillerChunk.subarray(0, n));
    left -= n;
  }
  if (!watch.closed()) res.end(HUGE_SUFFIX);
}

/** Sends the headers now and the body at `rate` bytes per second (never ahead of schedule). */
function drip(ex: FaultExchange, reply: Reply, rate: number): Promise<void> {
  const { res } = ex;
  const body = Buffer.from(reply.body, "utf8");
  res.writeHead(reply.status, replyHeaders(ex, reply, body.length));
  if (body.length === 0) {
    res.end();
    return Promise.resolve();
  }
  res.flushHeaders();
  const started = performance.now();
  const tickMs = Math.min(250, Math.max(10, 1000 / rate));
  let sent = 0;
  return new Promise<void>((resolve) => {
    const stop = () => {
      clearInterval(timer);
      resolve();
    };
    const timer = setInterval(() => {
      const due = Math.min(body.length, Math.floor((rate * (performance.now() - started)) / 1000));
      if (due > sent) {
        res.write(body.subarray(sent, due));
        sent = due;
      }
      if (sent >= body.length) {
        res.end();
        stop();
      }
    }, tickMs);
    res.once("close", stop);
  });
}
