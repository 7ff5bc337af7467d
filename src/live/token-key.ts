import { createHash } from "node:crypto";

/** A token's key for counting and grouping (connections per token, the per-event memo): a hash, so the token itself is never kept as a key or logged. */
export function tokenKey(token: string): string {
  return createHash("sha256").update(token).digest("base64url").slice(0, 22);
}
