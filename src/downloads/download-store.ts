import { randomBytes } from "node:crypto";
import type { DownloadLimits } from "../server/download-limits.js";

/** A file kept for its download link. */
export interface StoredFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
  expiresAtMs: number;
}

/** What a new link is: its id (the last segment of its URL) and when it stops working. */
export interface Offered {
  id: string;
  expiresAtMs: number;
}

/** 32 random bytes, base64url: an id nobody can guess or enumerate. */
const ID_BYTES = 32;
const ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The files this server hands out as short-lived download links, in memory and bounded: each
 * expires after the TTL, a file over the per-file cap is refused, and when the total would pass
 * its cap the oldest files go first. Every file lives the same TTL, so the insertion order of the
 * map is also the order of expiry, and expired files are dropped from its front on every use.
 */
export class DownloadStore {
  private readonly files = new Map<string, StoredFile>();
  private totalBytes = 0;

  constructor(
    readonly limits: DownloadLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps a file and returns its new link id, or null when it is larger than one file may be. */
  put(file: { bytes: Buffer; contentType: string; fileName: string }): Offered | null {
    const size = file.bytes.length;
    if (size > this.limits.maxFileBytes || size > this.limits.maxTotalBytes) return null;
    this.dropExpired();
    for (const [id, kept] of this.files) {
      if (this.totalBytes + size <= this.limits.maxTotalBytes) break;
      this.remove(id, kept);
    }
    const id = randomBytes(ID_BYTES).toString("base64url");
    const expiresAtMs = this.now() + this.limits.ttlMs;
    this.files.set(id, { ...file, expiresAtMs });
    this.totalBytes += size;
    return { id, expiresAtMs };
  }

  /** The file behind a link id, while it has not expired. */
  get(id: string): StoredFile | undefined {
    if (!ID_PATTERN.test(id)) return undefined;
    this.dropExpired();
    return this.files.get(id);
  }

  /** The link of a file, on this server or under the configured base URL. */
  url(id: string): string {
    return `${this.limits.baseUrl ?? ""}/downloads/${id}`;
  }

  /** Bytes held now. */
  get bytes(): number {
    return this.totalBytes;
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [id, kept] of this.files) {
      if (kept.expiresAtMs > now) break;
      this.remove(id, kept);
    }
  }

  private remove(id: string, file: StoredFile): void {
    this.files.delete(id);
    this.totalBytes -= file.bytes.length;
  }
}
