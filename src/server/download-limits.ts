// The download limits on their own, so that config.ts can read them without loading GraphQL.

/** How long and how much the server keeps files it hands out as download links (statements, receipts). */
export interface DownloadLimits {
  /** How long a link works after it is made (`DOWNLOAD_TTL_SECONDS`, default 300). */
  ttlMs: number;
  /** The largest file kept; a larger one is refused (`DOWNLOAD_MAX_FILE_BYTES`, default 5 MB, the largest Wise answer the client reads). */
  maxFileBytes: number;
  /** All files kept at once; the oldest go first to make room (`DOWNLOAD_MAX_TOTAL_BYTES`, default 64 MiB). */
  maxTotalBytes: number;
  /** The origin put before `/downloads/<id>` in links (`DOWNLOAD_BASE_URL`); none: links are paths on this server. */
  baseUrl: string | null;
}

export const defaultDownloadLimits: DownloadLimits = {
  ttlMs: 300_000,
  maxFileBytes: 5_000_000,
  maxTotalBytes: 64 * 1024 * 1024,
  baseUrl: null,
};
