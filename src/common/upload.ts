import { GraphQLError, GraphQLScalarType } from "graphql";
import Upload from "graphql-upload/Upload.mjs";
import type { FileUpload } from "graphql-upload/processRequest.mjs";
import { UserError, UserErrorCode } from "./user-error.js";

/**
 * The `Upload` scalar of the GraphQL multipart request convention: a file sent as a part of a
 * multipart/form-data request. graphql-upload's own scalar, with a description of how to send one.
 */
export const UploadScalar = new GraphQLScalarType({
  name: "Upload",
  description:
    "A file sent with the GraphQL multipart request convention (graphql-multipart-request-spec): a multipart/form-data POST with the `operations` and `map` fields, then the files. The request must carry an `apollo-require-preflight` (or `x-apollo-operation-name`) header. Only as a variable, never inline; JPEG, PNG or PDF up to the server's size limit (10 MiB by default).",
  parseValue(value) {
    if (value instanceof Upload) return value.promise;
    throw new GraphQLError("Upload value invalid: send the file as a part of a multipart request.");
  },
  parseLiteral() {
    throw new GraphQLError("Upload literal unsupported: send the file as a variable of a multipart request.");
  },
  serialize() {
    throw new GraphQLError("Upload serialization unsupported.");
  },
});

export type UploadRefusal = "FILE_TOO_LARGE" | "UNSUPPORTED_FILE_TYPE" | "INVALID";

/** A file this server will not forward to Wise, and why. */
export class UploadRefusedError extends Error {
  override readonly name = "UploadRefusedError";
  constructor(
    readonly reason: UploadRefusal,
    message: string,
  ) {
    super(message);
  }
}

/** A received file, read whole and checked: what goes to Wise. */
export interface ReceivedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** What a file of each known type starts with, and the file name extensions it may carry. */
const SIGNATURES: Record<string, { magic: number[]; extensions: string[] }> = {
  "image/png": { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extensions: ["png"] },
  "image/jpeg": { magic: [0xff, 0xd8, 0xff], extensions: ["jpg", "jpeg"] },
  "application/pdf": { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], extensions: ["pdf"] },
};

/**
 * Reads an uploaded file whole (graphql-upload has already cut it off past the size limit) and
 * checks that its name and its first bytes agree with its declared type: the client's type alone
 * cannot be trusted. Throws UploadRefusedError; nothing is sent to Wise for a refused file.
 */
export async function readUpload(upload: Promise<FileUpload>): Promise<ReceivedFile> {
  const file = await upload;
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of file.createReadStream()) chunks.push(chunk as Buffer);
  } catch (error) {
    if ((error as { status?: number }).status === 413) throw new UploadRefusedError("FILE_TOO_LARGE", `${file.filename}: ${(error as Error).message}`);
    throw error;
  }
  const bytes = Buffer.concat(chunks);
  const type = file.mimetype.toLowerCase();
  if (bytes.length === 0) throw new UploadRefusedError("INVALID", `${file.filename}: the file is empty.`);
  const signature = SIGNATURES[type];
  if (signature) {
    const extension = /\.([a-z0-9]+)$/i.exec(file.filename)?.[1]?.toLowerCase() ?? "";
    if (!signature.extensions.includes(extension)) {
      throw new UploadRefusedError("UNSUPPORTED_FILE_TYPE", `${file.filename}: a ${type} file must be named .${signature.extensions.join(" or .")}.`);
    }
    if (!signature.magic.every((byte, index) => bytes[index] === byte)) {
      throw new UploadRefusedError("UNSUPPORTED_FILE_TYPE", `${file.filename}: the content is not a ${type} file.`);
    }
  }
  return { name: file.filename, type, bytes: new Uint8Array(bytes) };
}

const REFUSAL_CODES: Record<UploadRefusal, UserErrorCode> = {
  FILE_TOO_LARGE: UserErrorCode.FILE_TOO_LARGE,
  UNSUPPORTED_FILE_TYPE: UserErrorCode.UNSUPPORTED_FILE_TYPE,
  INVALID: UserErrorCode.INVALID,
};

/**
 * Reads a mutation's uploaded files, or gives the userErrors of those refused (each at its index
 * under `field`); a mutation sends nothing to Wise unless every file passed.
 */
export async function readUploads(uploads: readonly Promise<FileUpload>[], field: string[]): Promise<{ files: ReceivedFile[] } | { userErrors: UserError[] }> {
  const read = await Promise.allSettled(uploads.map((upload) => readUpload(upload)));
  const userErrors = read.flatMap((outcome, index) => {
    if (outcome.status === "fulfilled") return [];
    const error: unknown = outcome.reason;
    if (!(error instanceof UploadRefusedError)) throw error;
    return [UserError.of(REFUSAL_CODES[error.reason], error.message, [...field, String(index)])];
  });
  if (userErrors.length > 0) return { userErrors };
  return { files: read.map((outcome) => (outcome as PromiseFulfilledResult<ReceivedFile>).value) };
}
