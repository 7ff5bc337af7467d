// Every fault kind, declared once: its parameters (faults/params.ts: the TypeScript type,
// validation and messages all derive from them) and its behaviour. `before` runs ahead of
// the handler and returns true when it has finished the request (answered, reset or hung:
// the handler never runs); `after` gets the handler's reply and sends, alters or withholds
// it (default: sends it unchanged). A new kind is one entry here.

import type { Reply } from "../http.js";
import { body, boolean, headers, integer, numberIn, oneOf, optional, positiveNumber, type Params, type ValuesOf } from "./params.js";
import {
  customReply,
  defaultStatusReply,
  drip,
  FILLER_MIN_BYTES,
  fillerReply,
  htmlReply,
  resetSocket,
  streamHuge,
  truncate,
  withHeaders,
  writeReply,
  type FaultExchange,
} from "./wire.js";

export const DEFAULT_HUGE_BYTES = 20 * 1024 * 1024;
export const DEFAULT_DRIP_FILLER_BYTES = 1024;
export const DEFAULT_RETRY_AFTER_SECONDS = 5;
const MAX_BODY_BYTES = 1024 * 1024 * 1024;
const MAX_LATENCY_MS = 60 * 60 * 1000;

/** The exchange plus what the registry owns: delays and held sockets end with sandbox.close(). */
export interface FaultContext extends FaultExchange {
  /** Resolves true after ms, false if the sandbox closed meanwhile. */
  sleep(ms: number): Promise<boolean>;
  /** Keeps the request's socket open, unanswered, until the client or close() ends it. */
  hold(): void;
}

export interface FaultKind<P extends Params> {
  params: P;
  before?(fault: ValuesOf<P>, ctx: FaultContext): boolean | Promise<boolean>;
  after?(fault: ValuesOf<P>, reply: Reply, ctx: FaultContext): void | Promise<void>;
}

const kind = <P extends Params>(declaration: FaultKind<P>): FaultKind<P> => declaration;

/** Answers without running the handler. */
const answer = (ctx: FaultContext, reply: Reply) => {
  writeReply(ctx, reply);
  return true;
};

export const FAULT_KINDS = {
  /** Extra delay, then the normal answer. The handler runs even if the client gave up meanwhile (as a real server would); only close() cancels it. */
  latency: kind({
    params: { ms: numberIn(0, MAX_LATENCY_MS) },
    before: async (fault, ctx) => !(await ctx.sleep(fault.ms)),
  }),
  /** Accept the request and never answer. */
  hang: kind({
    params: {},
    before: (_fault, ctx) => {
      ctx.hold();
      return true;
    },
  }),
  /** TCP RST before the handler runs: no state change, no response. */
  "reset-before": kind({
    params: {},
    before: (_fault, ctx) => {
      resetSocket(ctx.req.socket);
      return true;
    },
  }),
  /** The handler runs (state changes happen), then TCP RST without an answer. */
  "reset-after": kind({
    params: {},
    after: (_fault, _reply, ctx) => resetSocket(ctx.req.socket),
  }),
  /**
   * Answer `status` with `body` (string verbatim, else JSON) or a plausible default for the
   * status (wire.ts defaultStatusReply); `headers` are added last. `runHandler: true` runs
   * the handler first and replaces its answer (a gateway 502/504 after the upstream did the work).
   */
  status: kind({
    params: { status: integer(200, 599), body: optional(body), headers: optional(headers), runHandler: optional(boolean) },
    before: (fault, ctx) => fault.runHandler !== true && answer(ctx, statusReply(fault, ctx.path)),
    after: (fault, _reply, ctx) => writeReply(ctx, statusReply(fault, ctx.path)),
  }),
  /** The handler's status, headers and content-length, then only the first `bytes` of the body (default half, always at least one byte short), then close. */
  truncate: kind({
    params: { bytes: optional(integer(0, MAX_BODY_BYTES)) },
    after: (fault, reply, ctx) => truncate(ctx, reply, fault.bytes),
  }),
  /** `status` (default 200), content-type text/html, a proxy's error page. */
  html: kind({
    params: { status: optional(integer(200, 599)) },
    before: (fault, ctx) => answer(ctx, htmlReply(fault.status ?? 200)),
  }),
  /** The handler runs, then 200 with a body of the wrong shape (default {"unexpected":true}; a string verbatim, e.g. invalid JSON). */
  "wrong-shape": kind({
    params: { body: optional(body) },
    after: (fault, _reply, ctx) => writeReply(ctx, customReply(200, fault.body ?? { unexpected: true })),
  }),
  /** 200 with valid JSON of exactly `bytes` bytes (default 20 MiB), streamed with backpressure. */
  huge: kind({
    params: { bytes: optional(integer(FILLER_MIN_BYTES, MAX_BODY_BYTES)) },
    before: async (fault, ctx) => {
      await streamHuge(ctx, fault.bytes ?? DEFAULT_HUGE_BYTES);
      return true;
    },
  }),
  /** Headers at once, then the body at `bytesPerSecond`: the handler's answer with `runHandler: true`, else a 200 filler of `bytes` (default 1024). */
  drip: kind({
    params: { bytesPerSecond: positiveNumber, runHandler: optional(boolean), bytes: optional(integer(FILLER_MIN_BYTES, MAX_BODY_BYTES)) },
    before: async (fault, ctx) => {
      if (fault.runHandler === true) return false;
      await drip(ctx, fillerReply(fault.bytes ?? DEFAULT_DRIP_FILLER_BYTES), fault.bytesPerSecond);
      return true;
    },
    after: (fault, reply, ctx) => drip(ctx, reply, fault.bytesPerSecond),
  }),
  /** Rate limiting: `status` (default 429) with Retry-After as `seconds` (default 5) or, with `httpDate`, an HTTP date that far ahead (rounded up to the second). */
  "retry-after": kind({
    params: { status: optional(oneOf([429, 503])), seconds: optional(integer(0, 86_400 * 365)), httpDate: optional(boolean) },
    before: (fault, ctx) => {
      const seconds = fault.seconds ?? DEFAULT_RETRY_AFTER_SECONDS;
      const retryAfter = fault.httpDate === true ? new Date(Math.ceil((ctx.now() + seconds * 1000) / 1000) * 1000).toUTCString() : String(seconds);
      return answer(ctx, withHeaders(defaultStatusReply(fault.status ?? 429, ctx.path), { "retry-after": retryAfter }));
    },
  }),
};

function statusReply(fault: { status: number; body?: unknown; headers?: Record<string, string> }, path: string): Reply {
  const base = fault.body === undefined ? defaultStatusReply(fault.status, path) : customReply(fault.status, fault.body);
  return withHeaders(base, fault.headers);
}

type Kinds = typeof FAULT_KINDS;

export type FaultType = keyof Kinds;

/** A fault as POST /__sandbox/faults takes it: `type` plus that kind's parameters. */
export type Fault = {
  [T in FaultType]: { type: T } & ValuesOf<Kinds[T]["params"]>;
}[FaultType];

export const FAULT_TYPES = Object.keys(FAULT_KINDS) as FaultType[];

/** The declaration of a fault's kind, with its behaviour typed for any fault. */
export function kindOf(fault: Fault): FaultKind<Params> {
  return FAULT_KINDS[fault.type] as FaultKind<Params>;
}
