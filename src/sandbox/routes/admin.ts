// Sandbox control endpoints under /__sandbox (no auth, no latency, not counted):
// GET /__sandbox/stats and POST /__sandbox/reset.

import type { IncomingMessage, ServerResponse } from "node:http";
import { send, sendEmpty, toJson } from "../http.js";
import type { Stats } from "../stats.js";
import type { Store } from "../store.js";

export const ADMIN_PREFIX = "/__sandbox/";

/** Handles an admin request; returns false when the path is not an admin route. */
export function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  store: Store,
  stats: Stats,
  headers: Record<string, string>,
): boolean {
  if (path === "/__sandbox/stats" && req.method === "GET") {
    send(res, { status: 200, body: toJson(stats.snapshot()) }, headers);
    return true;
  }
  if (path === "/__sandbox/reset" && req.method === "POST") {
    store.reset();
    stats.reset();
    sendEmpty(res, 204, headers);
    return true;
  }
  return false;
}
