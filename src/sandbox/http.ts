// JSON responses and Wise's error bodies. Bodies are serialised with lossless-json so
// decimals held as LosslessNumber ("1000000.00", "1.20512") reach the wire verbatim.

import type { ServerResponse } from "node:http";
import { LosslessNumber, stringify } from "lossless-json";
import { springTimestamp } from "./format.js";
import type { Decimal } from "./model.js";

/** A JSON number written exactly as given (scale preserved: 0.00 stays 0.00). */
export function dec(value: Decimal): LosslessNumber {
  return new LosslessNumber(value);
}

export function toJson(value: unknown): string {
  const text = stringify(value);
  if (text === undefined) throw new Error("value is not serialisable to JSON");
  return text;
}

/** What a route handler returns: a status and an already-serialised JSON body, or a file's bytes. */
export interface Reply {
  status: number;
  body: string;
  /** A file's bytes (a PDF, a statement file), sent instead of `body`. */
  bytes?: Buffer;
  headers?: Record<string, string>;
}

export function json(value: unknown, status = 200): Reply {
  return { status, body: toJson(value) };
}

export function rawJson(body: string, status = 200): Reply {
  return { status, body };
}

/** Thrown by handlers to answer with an error body; the server turns it into a Reply. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export interface WiseErrorItem {
  code: string;
  message: string;
  path?: string;
  arguments?: unknown[] | null;
}

/** Wise's validation / business error: {"errors":[{code, message, path, arguments}]}. */
export function wiseErrors(status: number, ...errors: WiseErrorItem[]): HttpError {
  return new HttpError(status, { errors });
}

/** Type mismatch on a path/query value: {"errors":[{"code":"bad.request","message":"'x' should be a valid 'Long'"}]}. */
export function badRequest(message: string): HttpError {
  return wiseErrors(400, { code: "bad.request", message });
}

export function notFound(what: string, path: string, id: string): HttpError {
  return wiseErrors(404, { code: "NOT_FOUND", message: `${what} not found`, path, arguments: [path, id] });
}

/** Spring Boot's default error body, used by Wise for 403s and for /v1/rates 400s. */
export function springError(status: number, error: string, message: string, path: string | null): HttpError {
  return new HttpError(status, { timestamp: springTimestamp(Date.now()), status, error, message, path });
}

/** 403 for resources of a profile the caller does not own (shape from Wise's address docs). */
export function forbidden(path: string): HttpError {
  return springError(403, "unauthorized", "Unauthorized", path);
}

/** 401 as Wise's OAuth layer sends it; the description echoes the token. */
export function invalidToken(token: string): HttpError {
  return new HttpError(401, { error: "invalid_token", error_description: token }, { "www-authenticate": `Bearer error="invalid_token", error_description="Invalid access token"` });
}

/** 401 when no bearer token was sent at all (Spring Security OAuth's wording). */
export function missingToken(): HttpError {
  return new HttpError(
    401,
    { error: "unauthorized", error_description: "Full authentication is required to access this resource" },
    { "www-authenticate": `Bearer realm="oauth2-resource", error="unauthorized"` },
  );
}

export function errorReply(err: HttpError): Reply {
  return { status: err.status, body: toJson(err.body), headers: err.headers };
}

/** Writes a reply with the headers Wise always sends. */
export function send(res: ServerResponse, reply: Reply, headers: Record<string, string>): void {
  const body = replyBytes(reply);
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-cache, no-store, max-age=0, must-revalidate",
    ...headers,
    ...reply.headers,
  });
  res.end(body);
}

/** The bytes a reply sends: its file, or its JSON text in UTF-8. */
export function replyBytes(reply: Reply): Buffer {
  return reply.bytes ?? Buffer.from(reply.body, "utf8");
}

export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-length": 0, ...headers });
  res.end();
}

/** Reads a request body as text (for future POST/PUT/PATCH routes). */
export async function readBody(req: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
