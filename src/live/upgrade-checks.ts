import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { SUBGRAPH_SECRET_HEADER } from "../server/plugins/subgraph-secret.js";

export interface UpgradeCheckOptions {
  /** When set, the upgrade must carry it in `x-subgraph-secret`, as every /graphql request must. */
  subgraphSecret: string | null;
  /** The other origins whose pages may use the API (CORS_ORIGINS). */
  corsOrigins: readonly string[];
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/**
 * The checks an HTTP request to /graphql passes that a WebSocket upgrade skips (Fastify's hooks
 * never see it): the subgraph secret, and the browser origin. A WebSocket has no CORS, so a page
 * from another site could otherwise open one and act with the anonymous default token; a browser
 * always sends `Origin`, which must be this server's own or one of CORS_ORIGINS. Clients that are
 * not browsers send none.
 */
export function upgradeChecks(options: UpgradeCheckOptions): (request: IncomingMessage) => { status: number; message: string } | null {
  const secret = options.subgraphSecret === null ? null : digest(options.subgraphSecret);
  const origins = new Set(options.corsOrigins);
  return (request) => {
    if (secret) {
      const sent = request.headers[SUBGRAPH_SECRET_HEADER];
      if (typeof sent !== "string" || !timingSafeEqual(digest(sent), secret)) {
        return { status: 401, message: `This subgraph only answers its router: missing or wrong ${SUBGRAPH_SECRET_HEADER} header.` };
      }
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !origins.has(origin)) {
      let host: string | null = null;
      try {
        host = new URL(origin).host;
      } catch {
        // An unreadable origin is refused below.
      }
      if (host === null || host !== request.headers.host) return { status: 403, message: "WebSocket connections from this origin are not allowed (CORS_ORIGINS)." };
    }
    return null;
  };
}
