import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

export const PARTNER_SECRET_HEADER = "x-partner-secret";

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/**
 * Whether a request comes from the partner's own backend, the only caller that may create users,
 * ask whether an email has a Wise account, exchange user grants for tokens or install JOSE keys
 * with the server's client credentials. A browser frontend reaches the same /graphql, so holding
 * client credentials is not enough: the backend proves itself with `PARTNER_SECRET` in
 * `x-partner-secret` (compared as digests, in constant time). `"open"` is the embedded sandbox's
 * demo in development; `null` refuses everyone.
 */
export function partnerBackendCheck(rule: "open" | { secret: string } | null): (headers: IncomingHttpHeaders) => boolean {
  if (rule === "open") return () => true;
  if (rule === null) return () => false;
  const expected = digest(rule.secret);
  return (headers) => {
    const sent = headers[PARTNER_SECRET_HEADER];
    return typeof sent === "string" && timingSafeEqual(digest(sent), expected);
  };
}
