import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import processRequest from "graphql-upload/processRequest.mjs";
import Upload from "graphql-upload/Upload.mjs";
import { UploadRefusedError } from "../common/upload.js";
import type { UploadLimits } from "./upload-limits.js";

/** The `operations` and `map` fields hold JSON only; a larger one is refused. */
const MAX_FIELD_BYTES = 100_000;

const isMultipart = (request: FastifyRequest) => /^multipart\/form-data\b/i.test(request.headers["content-type"] ?? "");

/**
 * Apollo's CSRF prevention lets a multipart POST run only with one of these headers, which a
 * browser cannot send cross-origin without a preflight.
 */
const hasPreflightHeader = (request: FastifyRequest) => Boolean(request.headers["apollo-require-preflight"] || request.headers["x-apollo-operation-name"]);

/** Every Upload in the operation's variables, wherever the request's `map` put it. */
function uploadsIn(value: unknown, found: Upload[] = [], depth = 0): Upload[] {
  if (value instanceof Upload) found.push(value);
  else if (depth < 32 && typeof value === "object" && value !== null) for (const item of Object.values(value)) uploadsIn(item, found, depth + 1);
  return found;
}

/** Resolves once the whole request body has arrived, so no answer cuts off an upload still being sent. */
function requestFinished(request: FastifyRequest): Promise<void> {
  const raw = request.raw;
  if (raw.readableEnded || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    raw.once("end", resolve);
    raw.once("close", resolve);
  });
}

/**
 * File uploads: GraphQL multipart requests (the graphql-multipart-request-spec) on /graphql,
 * parsed by graphql-upload's processRequest, which spools each file to a temporary file and cuts
 * it off past the size limit.
 *
 * Registers the multipart handling of /graphql. A multipart request without a preflight header is
 * not read at all: its body stays empty and Apollo's CSRF prevention refuses it. A file of a type
 * not allowed is refused when its resolver reads it, before any Wise call.
 */
export function registerUploads(app: FastifyInstance, limits: UploadLimits): void {
  // The requests whose body graphql-upload reads: their answer waits until the body has arrived.
  const reading = new WeakSet<FastifyRequest>();
  // The body is read by the preValidation hook below, as a stream, not by Fastify.
  app.addContentTypeParser("multipart/form-data", (_request, _payload, done) => done(null, undefined));
  app.addHook("preValidation", async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== "POST" || !isMultipart(request) || !hasPreflightHeader(request)) return;
    reading.add(request);
    try {
      const operations = await processRequest(request.raw, reply.raw, { maxFieldSize: MAX_FIELD_BYTES, maxFileSize: limits.maxFileBytes, maxFiles: limits.maxFiles });
      for (const upload of uploadsIn(operations)) checkTypeOf(upload, limits);
      request.body = operations;
    } catch (error) {
      const status = (error as { status?: number }).status ?? 400;
      await requestFinished(request);
      const code = status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
      await reply.code(status === 499 ? 400 : status).send({ errors: [{ message: (error as Error).message, extensions: { code } }] });
    }
  });
  app.addHook("onSend", async (request, _reply, payload) => {
    if (reading.has(request)) await requestFinished(request);
    return payload;
  });
}

/** Makes the upload's file refuse itself when its declared type is not allowed. */
function checkTypeOf(upload: Upload, limits: UploadLimits): void {
  const checked = upload.promise.then((file) => {
    const type = file.mimetype.toLowerCase();
    if (!limits.allowedTypes.includes(type))
      throw new UploadRefusedError("UNSUPPORTED_FILE_TYPE", `${file.filename}: files of type ${type || "(none)"} are not accepted; send ${limits.allowedTypes.join(", ")}.`);
    return file;
  });
  checked.catch(() => undefined);
  upload.promise = checked;
}
