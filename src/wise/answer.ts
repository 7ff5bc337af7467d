import type { z } from "zod";
import { WiseApiError } from "./errors.js";
import { parseWiseJson } from "./json.js";

/** Parses and decodes a successful Wise answer, or throws BAD_RESPONSE saying where it broke the contract. */
export function decodeAnswer<T>(text: string, status: number, decoder: z.ZodType<T>, operation: string): T {
  let body: unknown;
  try {
    body = text.length === 0 ? null : parseWiseJson(text);
  } catch {
    throw new WiseApiError("BAD_RESPONSE", status, [], null, operation, `${operation}: Wise answered ${status} with a body that is not JSON`);
  }
  const result = decoder.safeParse(body);
  if (!result.success) {
    const where = result.error.issues
      .slice(0, 3)
      .map((issue) => issue.path.join(".") || "(root)")
      .join(", ");
    throw new WiseApiError("BAD_RESPONSE", status, [], null, operation, `${operation}: Wise's answer did not match the contract at ${where}`);
  }
  return result.data;
}

/** The JSON of an error answer's body, or null when it has none or it is not JSON. */
export function parseErrorBody(body: unknown): unknown {
  try {
    return typeof body === "string" && body.length > 0 ? parseWiseJson(body) : null;
  } catch {
    return null;
  }
}
