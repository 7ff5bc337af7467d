// The upload limits on their own, so that config.ts can read them without loading GraphQL.

/** What a file upload (a GraphQL multipart request) may be. */
export interface UploadLimits {
  /** The largest file accepted, in bytes (`UPLOAD_MAX_FILE_BYTES`; Wise's own limit by default, 10 MiB). */
  maxFileBytes: number;
  /** Files in one request (`UPLOAD_MAX_FILES`). */
  maxFiles: number;
  /** The MIME types accepted (`UPLOAD_ALLOWED_TYPES`): what Wise takes for documents by default. */
  allowedTypes: readonly string[];
}

export const defaultUploadLimits: UploadLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxFiles: 5,
  allowedTypes: ["image/jpeg", "image/png", "application/pdf"],
};
