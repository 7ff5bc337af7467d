// Types of the graphql-upload modules this project imports. The package types itself with JSDoc in
// .mjs files, which TypeScript reads only with allowJs; these declarations state the same API.

declare module "graphql-upload/Upload.mjs" {
  import type { FileUpload } from "graphql-upload/processRequest.mjs";

  /** A file expected in a multipart request; `promise` resolves when its part starts streaming in. */
  export default class Upload {
    promise: Promise<FileUpload>;
    resolve(file: FileUpload): void;
    reject(error: Error): void;
    file?: FileUpload;
  }
}

declare module "graphql-upload/processRequest.mjs" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  import type { Readable } from "node:stream";

  export interface FileUpload {
    filename: string;
    mimetype: string;
    encoding: string;
    createReadStream(options?: { encoding?: BufferEncoding; highWaterMark?: number }): Readable;
  }

  export interface ProcessRequestOptions {
    maxFieldSize?: number;
    maxFileSize?: number;
    maxFiles?: number;
  }

  /** Parses a GraphQL multipart request into its operations, with an Upload wherever `map` puts a file. */
  export default function processRequest(
    request: IncomingMessage,
    response: ServerResponse,
    options?: ProcessRequestOptions,
  ): Promise<Record<string, unknown> | Array<Record<string, unknown>>>;
}
