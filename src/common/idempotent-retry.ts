import { isWiseError } from "./errors.js";
import { logger } from "../logging/logger.js";

/**
 * Calls a Wise POST that carries an idempotency key and, after a lost answer, calls it once more
 * with the same key: Wise then returns the first result rather than acting twice. Returns
 * "unknown" when both answers were lost; any clear answer (success or refusal) ends it.
 */
export async function withIdempotentRetry<T>(what: string, key: string, call: () => Promise<T>): Promise<T | "unknown"> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(isWiseError(error) && error.outcomeUnknown)) throw error;
      logger.warn({ operation: error.operation, attempt, idempotencyKey: key }, `${what} outcome unknown`);
    }
  }
  return "unknown";
}
