import { logger } from "../logging/logger.js";
import { isWiseError } from "./errors.js";
import { outcomeUnknown, toUserErrors, userErrorsOrThrow, type FieldMapper, type UserErrorOptions } from "./mutation-errors.js";
import type { UserError } from "./user-error.js";
import { challengeOf, scaRequiredUserError } from "./sca/sca-challenge.mapper.js";
import type { ScaChallenge } from "./sca/sca-challenge.type.js";

/**
 * What a Wise call of a mutation came to: Wise's answer, or the userErrors that say why not (with
 * the challenge to clear when Wise asked for strong customer authentication).
 */
export type Outcome<T> = { value: T } | { userErrors: UserError[]; scaChallenge?: ScaChallenge };

export interface MutationCall<T> extends UserErrorOptions {
  /** Maps Wise's field paths (`details/iban`) to paths in the input; by default no field. */
  fields?: FieldMapper;
  /**
   * For a call that moves money or makes something: a lost answer (timeout, reset, gateway error)
   * is OUTCOME_UNKNOWN in userErrors, naming `what` may have happened, instead of a thrown error.
   * With the idempotency key the call carries, it is first sent once more with that key: Wise
   * then returns the first result rather than acting twice.
   */
  unknownOutcome?: { what: string; idempotencyKey?: string };
  /** Reads a refusal out of a successful answer (a payment result REJECTED): Wise's code and message. */
  refusal?: (value: T) => { code: string; message: string } | null;
}

/**
 * Runs one Wise call of a mutation and folds every outcome: Wise's answer; an SCA refusal as
 * SCA_REQUIRED with its challenge; Wise's refusals of the
 * caller's input or of the state of their objects as userErrors in input terms (400, 404, 409,
 * 422, a refusal in the answer, or a status the call names in `statusAsUserError`); a lost answer
 * as OUTCOME_UNKNOWN when `unknownOutcome` says so; and anything else, which is not the caller's to
 * fix (401, 403, 429, Wise unavailable, our own faults), thrown as a top-level error.
 */
export async function runMutation<T>(call: () => Promise<T>, options: MutationCall<T> = {}): Promise<Outcome<T>> {
  const fields = options.fields ?? (() => null);
  const unknown = options.unknownOutcome;
  const attempts = unknown?.idempotencyKey === undefined ? 1 : 2;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const value = await call();
      const refusal = options.refusal?.(value);
      if (!refusal) return { value };
      return { userErrors: toUserErrors([{ ...refusal, path: null, arguments: null }], null, fields, options.notFoundField ?? null) };
    } catch (error) {
      // Wise refused before acting: nothing happened, and the caller has a challenge to clear.
      if (isWiseError(error) && error.kind === "SCA_REQUIRED") return { userErrors: [scaRequiredUserError()], scaChallenge: challengeOf(error) };
      if (!unknown || !(isWiseError(error) && error.outcomeUnknown)) return { userErrors: userErrorsOrThrow(error, fields, options) };
      logger.warn({ operation: error.operation, attempt, idempotencyKey: unknown.idempotencyKey }, `${unknown.what} outcome unknown`);
    }
  }
  return { userErrors: [outcomeUnknown(unknown!.what)] };
}
