import { createHash, timingSafeEqual } from "node:crypto";
import type { onRequestHookHandler } from "fastify";

export const SUBGRAPH_SECRET_HEADER = "x-subgraph-secret";

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/**
 * Shields the subgraph so that only the router can call it (`SUBGRAPH_SECRET`): every request to
 * `path` must carry the shared secret in `x-subgraph-secret`, or it is refused with 401 before
 * Apollo sees it. That matters because `_entities` reads any entity by id and `_service` hands
 * out the whole schema, bypassing whatever the router enforces. /health stays open for probes.
 * A network policy that lets only the router reach the port is the other half of the shield.
 */
export function subgraphSecretHook(secret: string, path = "/graphql"): onRequestHookHandler {
  const expected = digest(secret);
  return async (request, reply) => {
    if (request.routeOptions.url !== path) return;
    const sent = request.headers[SUBGRAPH_SECRET_HEADER];
    // Compared as fixed-length digests, in constant time.
    if (typeof sent === "string" && timingSafeEqual(digest(sent), expected)) return;
    reply
      .code(401)
      .type("application/json; charset=utf-8")
      .send({
        errors: [{ message: `This subgraph only answers its router: missing or wrong ${SUBGRAPH_SECRET_HEADER} header.`, extensions: { code: "UNAUTHENTICATED" } }],
      });
    return reply;
  };
}
