import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, FastifyReply } from "fastify";

/** Where the self-hosted GraphiQL page is served; its assets are under `${GRAPHIQL_PATH}/assets/`. */
export const GRAPHIQL_PATH = "/graphiql";

/**
 * The page may load only from this server and talk only to it: even a future GraphiQL that tried
 * to reach a CDN or send telemetry would be stopped by the browser. Styles allow inline because
 * GraphiQL's components set styles at run time.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The directory `npm run build` writes the GraphiQL bundle to (dist/graphiql). This module runs
 * from dist/server/ (tsc), dist/bundle/ (the bundled server) or src/server/ (tests).
 */
function findAssets(): string | null {
  const candidates = [new URL("../graphiql/", import.meta.url), new URL("../../dist/graphiql/", import.meta.url)];
  for (const candidate of candidates) {
    const dir = fileURLToPath(candidate);
    if (existsSync(`${dir}index.html`)) return dir;
  }
  return null;
}

const contentTypes: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function secureHeaders(reply: FastifyReply): FastifyReply {
  return reply.header("content-security-policy", GRAPHIQL_CONTENT_SECURITY_POLICY).header("x-content-type-options", "nosniff").header("referrer-policy", "no-referrer");
}

/**
 * Serves GraphiQL, bundled from npm at build time, at /graphiql: an explorer that needs no CDN
 * (Apollo's landing page loads Sandbox from Apollo's CDN, so offline it cannot start). Only the
 * files the build wrote are served, read from disk on each request so they take no memory at rest.
 */
export function registerGraphiQL(app: FastifyInstance, dir: string | null = findAssets()): void {
  const files = new Map<string, string>();
  if (dir) {
    for (const name of readdirSync(dir)) {
      const type = contentTypes[name.slice(name.lastIndexOf("."))];
      if (type && name !== "index.html") files.set(name, type);
    }
  }

  const page = async (_request: unknown, reply: FastifyReply) => {
    if (!dir) {
      return reply.code(404).type("text/plain; charset=utf-8").send("GraphiQL is not built: run `npm run build`.");
    }
    // The page names the current asset hashes, so it is revalidated on every load.
    return secureHeaders(reply)
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-cache")
      .send(await readFile(`${dir}index.html`));
  };
  app.get(GRAPHIQL_PATH, page);
  app.get(`${GRAPHIQL_PATH}/`, page);

  app.get<{ Params: { name: string } }>(`${GRAPHIQL_PATH}/assets/:name`, async (request, reply) => {
    const type = files.get(request.params.name);
    if (!type) return reply.code(404).type("text/plain; charset=utf-8").send("Not found.");
    // Asset names carry a content hash: a new build gets new names, so these never change.
    return secureHeaders(reply)
      .type(type)
      .header("cache-control", "public, max-age=31536000, immutable")
      .send(await readFile(`${dir}${request.params.name}`));
  });
}
