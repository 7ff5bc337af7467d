// Sandbox control endpoints under /__sandbox (no auth, no latency, no faults, not counted):
// GET /__sandbox/stats, POST /__sandbox/reset, and fault injection (faults.ts):
// POST/GET/DELETE /__sandbox/faults and DELETE /__sandbox/faults/{id}.

import type { IncomingMessage, ServerResponse } from "node:http";
import { FaultSpecError, type Faults, type FaultSpec } from "./faults.js";
import { badRequest, errorReply, readBody, send, sendEmpty, springError, toJson } from "./http.js";
import type { Stats } from "./stats.js";
import type { Store } from "./store.js";

export const ADMIN_PREFIX = "/__sandbox/";

const FAULTS_PATH = "/__sandbox/faults";

/** Handles an admin request; resolves false when the path is not an admin route. */
export async function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  store: Store,
  stats: Stats,
  headers: Record<string, string>,
  faults: Faults,
): Promise<boolean> {
  if (path === "/__sandbox/stats" && req.method === "GET") {
    send(res, { status: 200, body: toJson({ ...stats.snapshot(), faultsApplied: faults.applied }) }, headers);
    return true;
  }
  if (path === "/__sandbox/reset" && req.method === "POST") {
    store.reset();
    stats.reset();
    faults.reset();
    sendEmpty(res, 204, headers);
    return true;
  }
  if (path === FAULTS_PATH) {
    switch (req.method) {
      case "GET":
        send(res, { status: 200, body: toJson(faults.list()) }, headers);
        return true;
      case "DELETE":
        faults.clear();
        sendEmpty(res, 204, headers);
        return true;
      case "POST": {
        let spec: unknown;
        try {
          spec = JSON.parse(await readBody(req));
        } catch {
          send(res, errorReply(badRequest("body must be JSON: {route, fault, times?, probability?, user?, seed?}")), headers);
          return true;
        }
        try {
          const id = faults.add(spec as FaultSpec);
          send(res, { status: 201, body: toJson({ id }) }, headers);
        } catch (err) {
          if (!(err instanceof FaultSpecError)) throw err;
          send(res, errorReply(badRequest(err.message)), headers);
        }
        return true;
      }
      default:
        send(res, errorReply(springError(405, "Method Not Allowed", `Request method '${req.method}' is not supported`, path)), headers);
        return true;
    }
  }
  if (path.startsWith(`${FAULTS_PATH}/`) && req.method === "DELETE") {
    const raw = path.slice(FAULTS_PATH.length + 1);
    const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isNaN(id) || !faults.remove(id)) {
      send(res, errorReply(springError(404, "Not Found", `No fault with id '${raw}'`, path)), headers);
    } else {
      sendEmpty(res, 204, headers);
    }
    return true;
  }
  return false;
}
