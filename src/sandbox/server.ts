// The HTTP server: node:http + find-my-way. For every Wise route it adds the headers
// Wise sends (x-trace-id, echoed X-External-Correlation-Id), applies the optional fixed
// latency, authenticates the bearer token, counts the call in Stats, applies any injected
// fault (faults.ts), runs the handler and turns thrown HttpErrors into Wise error bodies.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomInt, type KeyObject } from "node:crypto";
import Router from "find-my-way";
import { ADMIN_PREFIX, handleAdmin } from "./admin.js";
import { WISE_ROUTES } from "./api/index.js";
import { authenticateCaller, bearerToken, callerName, knownCaller, wrongTokenKind } from "./auth.js";
import type { Faults } from "./faults.js";
import { errorReply, HttpError, send, springError, wiseErrors, type Reply } from "./http.js";
import type { AnyRouteDef, Ctx } from "./route.js";
import { ANONYMOUS, type Stats } from "./stats.js";
import type { Store } from "./store.js";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export interface ServerOptions {
  store: Store;
  stats: Stats;
  /** Fixed delay added to every Wise-route request (ms). */
  latencyMs: number;
  now: () => number;
  /** Injected faults (POST /__sandbox/faults); keys are the stats keys of WISE_ROUTES. */
  faults: Faults;
  /** The public key of the personal-token SCA flow (`X-Signature`); null accepts no signature. */
  scaPublicKey: KeyObject | null;
}

interface Mounted {
  def: AnyRouteDef;
  /** Stats key, e.g. "GET /v2/profiles/:profileId". */
  key: string;
}

export function createSandboxServer(options: ServerOptions): Server {
  const { store, stats, latencyMs, now, faults, scaPublicKey } = options;
  const router = Router({ ignoreTrailingSlash: false, caseSensitive: true });
  for (const def of WISE_ROUTES) {
    const mounted: Mounted = { def, key: `${def.method} ${def.path}` };
    router.on(def.method, def.path, () => undefined, mounted);
  }

  const matchRoute = (method: (typeof METHODS)[number], path: string) => {
    const match = router.find(method, path);
    // An empty segment ("/v2/profiles/") is not a value for ":profileId": no route, as in Spring.
    return match !== null && Object.values(match.params).every((v) => v !== "") ? match : null;
  };

  // Trace ids look like Wise's (16 hex chars); a counter keeps them unique and cheap.
  let traceCounter = randomInt(0, 2 ** 40);
  const nextTraceId = () => (traceCounter++).toString(16).padStart(16, "0");

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    const headers: Record<string, string> = { "x-trace-id": nextTraceId() };
    const correlation = req.headers["x-external-correlation-id"];
    if (typeof correlation === "string") headers["x-external-correlation-id"] = correlation;

    if (path.startsWith(ADMIN_PREFIX)) {
      if (!(await handleAdmin(req, res, path, store, stats, headers, faults, now))) {
        send(res, errorReply(springError(404, "Not Found", "No such sandbox endpoint", path)), headers);
      }
      return;
    }

    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));

    const method = (req.method ?? "GET") as (typeof METHODS)[number];
    const found = matchRoute(method, path);
    if (found === null) {
      stats.recordUnmatched();
      const other = METHODS.some((m) => m !== method && matchRoute(m, path) !== null);
      const err = other
        ? springError(405, "Method Not Allowed", `Request method '${method}' is not supported`, path)
        : springError(404, "Not Found", `No endpoint ${method} ${path}.`, path);
      send(res, errorReply(err), headers);
      return;
    }

    const { def, key } = found.store as Mounted;
    const token = bearerToken(req);
    const known = def.auth === "none" ? undefined : knownCaller(store, token);
    const who = known === undefined ? undefined : callerName(known.caller);
    stats.record(key, who ?? ANONYMOUS);
    // Injected fault: may answer, reset or hang the request before the handler runs.
    const fault = faults.take(key, who, path);
    const exchange = { req, res, headers, path, now };
    if (fault !== null && (await faults.before(fault, exchange))) return;
    let reply: Reply;
    try {
      const open = { store, params: found.params, query: new URLSearchParams(q < 0 ? "" : url.slice(q + 1)), path, req, now, scaPublicKey };
      if (def.auth === "none") {
        reply = await def.handler(open);
      } else {
        const caller = authenticateCaller(store, token, now());
        if (def.auth === "partner") {
          if (caller.kind !== "client") throw wrongTokenKind();
          reply = await def.handler({ ...open, client: caller.client });
        } else {
          if (caller.kind !== "user") throw wrongTokenKind();
          const ctx: Ctx = { ...open, user: caller.user };
          reply = await def.handler(ctx);
        }
      }
    } catch (err) {
      if (err instanceof HttpError) {
        reply = errorReply(err);
      } else {
        const message = err instanceof Error ? err.message : String(err);
        reply = errorReply(wiseErrors(500, { code: "UNEXPECTED_ERROR", message, arguments: [] }));
      }
    }
    if (fault === null) send(res, reply, headers);
    else await faults.after(fault, reply, exchange);
  }

  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // Last resort: never leave a socket hanging.
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ code: "UNEXPECTED_ERROR", message: String(err), arguments: [] }] }));
    });
  });
}
