import { logger } from "../logging/logger.js";
import { WiseApiError } from "./errors.js";

/** Larger than any card data answer; a longer one is not passed on. */
const MAX_SEALED_BYTES = 64 * 1024;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
/** Fields of card data that must never travel in the clear. */
const CLEAR_CARD_FIELDS = /"(pan|cvv2?|pin|cardNumber|primaryAccountNumber)"\s*:/i;

/** Whether a text is a compact JWE (five base64url parts, a protected header naming its encryption). */
export function isCompactJwe(text: string): boolean {
  if (text.length > MAX_SEALED_BYTES) return false;
  const parts = text.split(".");
  if (parts.length !== 5 || !parts.every((part) => BASE64URL.test(part)) || parts[2] === "" || parts[3] === "" || parts[4] === "") return false;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, "base64url").toString("utf8")) as Record<string, unknown>;
    return typeof header.alg === "string" && header.alg !== "none" && typeof header.enc === "string";
  } catch {
    return false;
  }
}

/**
 * The sealed answer of a card data call, passed on as it is: a compact JWE that only the caller's
 * key opens. Anything else is refused and dropped, never echoed nor logged: an answer holding card
 * data in the clear (a JSON with `pan`, `cvv2` or `pin`) must not reach a client, a cache or a log.
 */
export function sealedAnswer(text: string, operation: string): string {
  let answer = text.trim();
  // A JWE sent as a JSON string is the same JWE.
  if (answer.startsWith('"') && answer.endsWith('"')) {
    try {
      const inner: unknown = JSON.parse(answer);
      if (typeof inner === "string") answer = inner.trim();
    } catch {
      // Not a JSON string: judged as it is.
    }
  }
  if (isCompactJwe(answer)) return answer;
  const clear = CLEAR_CARD_FIELDS.test(answer);
  logger.warn({ operation, bytes: answer.length, clearCardData: clear }, "card data answer refused: not a sealed JWE");
  throw new WiseApiError(
    "BAD_RESPONSE",
    200,
    [],
    null,
    operation,
    clear ? `${operation}: Wise answered card data in the clear; it was dropped` : `${operation}: Wise's answer was not a sealed JWE; it was dropped`,
  );
}
