// multipart/form-data request bodies (Wise's document uploads): the Content-Type check, a byte cap
// read before anything is parsed, and the parts as the platform's FormData (undici's parser).

import { HttpError, wiseErrors } from "./http.js";
import { unsupportedMediaType } from "./body.js";
import type { Ctx } from "./route.js";

/** A file part of a multipart body. */
export interface FilePart {
  name: string;
  type: string;
  size: number;
  bytes: Uint8Array;
}

export interface MultipartBody {
  fields: Map<string, string[]>;
  files: Map<string, FilePart[]>;
}

/** 413 as a Spring multipart limit answers it. */
function tooLarge(path: string, maxBytes: number): HttpError {
  return new HttpError(413, { errors: [{ code: "payload.too.large", message: `Maximum upload size of ${maxBytes} bytes exceeded`, path }] });
}

/** Reads a multipart/form-data body of at most `maxBytes` (413 beyond it, 415 for another Content-Type, 400 when malformed). */
export async function multipartBody(ctx: Ctx, maxBytes: number): Promise<MultipartBody> {
  const sent = ctx.req.headers["content-type"];
  const media = sent?.split(";")[0]?.trim().toLowerCase();
  if (media !== "multipart/form-data") throw unsupportedMediaType(ctx, sent, "multipart/form-data");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) {
      ctx.req.resume();
      throw tooLarge(ctx.path, maxBytes);
    }
    chunks.push(buffer);
  }
  let form: FormData;
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { "content-type": sent! } }).formData();
  } catch {
    throw wiseErrors(400, { code: "bad.request", message: "The multipart request body could not be read" });
  }
  const fields = new Map<string, string[]>();
  const files = new Map<string, FilePart[]>();
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") fields.set(name, [...(fields.get(name) ?? []), value]);
    else {
      const part: FilePart = { name: value.name, type: value.type, size: value.size, bytes: new Uint8Array(await value.arrayBuffer()) };
      files.set(name, [...(files.get(name) ?? []), part]);
    }
  }
  return { fields, files };
}
