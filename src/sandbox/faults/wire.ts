// What faults put on the wire: the default bodies of status faults (Wise JSON, Envoy text,
// Spring bodies), a proxy's HTML page, filler JSON, and the low-level writes (reset,
// truncate, stream, drip). Fault kinds (faults/kinds.ts) are built from these.

import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { errorReply, replyBytes, springError, toJson, type Reply } from "../http.js";

/** What a fault sees of the request it answers. */
export interface FaultExchange {
  req: IncomingMessage;
  res: ServerResponse;
  /** Headers every sandbox response carries (x-trace-id, echoed correlation id). */
  headers: Record<string, string>;
  path: string;
  /** The sandbox clock (for Retry-After dates). */
  now: () => number;
}

/** Filler bodies are {"padding":"aaa…"}; the smallest one is {"padding":""}. */
const FILLER_PREFIX = '{"padding":"';
const FILLER_SUFFIX = '"}';
export const FILLER_MIN_BYTES = FILLER_PREFIX.length + FILLER_SUFFIX.length;
const CHUNK = 64 * 1024;

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

export function customReply(status: number, body: unknown): Reply {
  return { status, body: typeof body === "string" ? body : toJson(body) };
}

/** A `status` answer with `headers` added last (they may override content-type). */
export function withHeaders(base: Reply, headers: Record<string, string> | undefined): Reply {
  return { ...base, headers: { ...base.headers, ...headers } };
}

export function htmlReply(status: number): Reply {
  const title = status === 200 ? "Service Temporarily Unavailable" : `${status} ${STATUS_CODES[status] ?? "Error"}`;
  const body =
    `<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n` +
    `<center><h1>${title}</h1></center>\n<p>The server is temporarily unable to service your request. Please try again later.</p>\n` +
    `<hr><center>nginx</center>\n</body>\n</html>\n`;
  return { status, body, headers: { "content-type": "text/html; charset=utf-8", server: "nginx" } };
}

let fillerChunk: Buffer | null = null;

/** A 200 JSON body {"padding":"aaa…"} of exactly `bytes` bytes. */
export function fillerReply(bytes: number): Reply {
  return { status: 200, body: FILLER_PREFIX + "a".repeat(bytes - FILLER_MIN_BYTES) + FILLER_SUFFIX };
}

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

export function writeReply(ex: FaultExchange, reply: Reply): void {
  const body = replyBytes(reply);
  ex.res.writeHead(reply.status, replyHeaders(ex, reply, body.length));
  ex.res.end(body);
}

/** TCP RST then destroy (the client sees ECONNRESET); plain destroy if RST is impossible. */
export function resetSocket(socket: Socket): void {
  try {
    socket.resetAndDestroy();
  } catch {
    socket.destroy();
  }
}

export function truncate(ex: FaultExchange, reply: Reply, bytes: number | undefined): void {
  const body = replyBytes(reply);
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

export async function streamHuge(ex: FaultExchange, bytes: number): Promise<void> {
  const { res } = ex;
  const watch = closeWatch(res);
  res.writeHead(200, replyHeaders(ex, { status: 200, body: "" }, bytes));
  fillerChunk ??= Buffer.alloc(CHUNK, "a");
  let ok = res.write(FILLER_PREFIX);
  let left = bytes - FILLER_MIN_BYTES;
  while (left > 0 && !watch.closed()) {
    if (!ok) {
      await watch.drain();
      if (watch.closed()) return;
    }
    const n = Math.min(CHUNK, left);
    ok = res.write(n === CHUNK ? fillerChunk : fillerChunk.subarray(0, n));
    left -= n;
  }
  if (!watch.closed()) res.end(FILLER_SUFFIX);
}

/** Sends the headers now and the body at `rate` bytes per second (never ahead of schedule). */
export function drip(ex: FaultExchange, reply: Reply, rate: number): Promise<void> {
  const { res } = ex;
  const body = replyBytes(reply);
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
