import type { FastifyInstance } from "fastify";
import type { DownloadStore } from "./download-store.js";

/** `filename` for any client (ASCII, quotes and backslashes dropped) and `filename*` with the exact UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * `GET /downloads/<id>`: the bytes of a file a GraphQL field handed out a link to. The id is the
 * only credential (the request that made the link was authorized at Wise); it needs no token
 * and nothing is echoed back. An unknown or expired id is 404. Nothing may be cached or sniffed.
 */
export function registerDownloads(app: FastifyInstance, store: DownloadStore): void {
  app.get<{ Params: { id: string } }>("/downloads/:id", async (request, reply) => {
    void reply
      .header("cache-control", "no-store")
      .header("x-content-type-options", "nosniff")
      .header("referrer-policy", "no-referrer")
      // A file opened in the browser anyway runs nothing and loads nothing.
      .header("content-security-policy", "default-src 'none'; sandbox");
    const file = store.get(request.params.id);
    if (file === undefined) return reply.code(404).type("text/plain; charset=utf-8").send("No such download: links expire a few minutes after they are made.\n");
    return reply.type(file.contentType).header("content-disposition", contentDisposition(file.fileName)).send(file.bytes);
  });
}
