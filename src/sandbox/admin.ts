// Sandbox control endpoints under /__sandbox (no auth, no latency, no faults, not counted):
// GET /__sandbox/stats, POST /__sandbox/reset, and fault injection (faults.ts):
// POST/GET/DELETE /__sandbox/faults and DELETE /__sandbox/faults/{id}, and
// POST /__sandbox/authorization-codes (a demo user approving the demo client, as on Wise's authorization page).

import type { IncomingMessage, ServerResponse } from "node:http";
import { FaultSpecError, type Faults, type FaultSpec } from "./faults.js";
import { DEMO_CLIENT } from "./api/oauth/tokens.js";
import { badRequest, errorReply, readBody, send, sendEmpty, springError, toJson, type Reply } from "./http.js";
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
  now: () => number = Date.now,
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
  if (path === "/__sandbox/authorization-codes" && req.method === "POST") {
    send(res, authorizationCode(store, await readBody(req), now()), headers);
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

/**
 * `{"user": "alice"}` -> 201 `{code, clientId, redirectUri}`: the code Wise's authorization page
 * would send to the demo client's redirect URL once that user approved it, for the
 * `authorization_code` grant. Single use, valid ten minutes.
 */
function authorizationCode(store: Store, text: string, nowMs: number): Reply {
  let name: unknown;
  try {
    name = (JSON.parse(text) as { user?: unknown }).user;
  } catch {
    name = undefined;
  }
  const user = [...store.users.values()].find((u) => u.name === name && u.registration === undefined);
  if (user === undefined) return errorReply(badRequest('body must be {"user": "<demo user name>"}, e.g. {"user": "alice"}'));
  const client = DEMO_CLIENT;
  return { status: 201, body: toJson({ code: store.oauth.createAuthorizationCode(client, user.id, nowMs), clientId: client.id, redirectUri: client.redirectUri }) };
}
