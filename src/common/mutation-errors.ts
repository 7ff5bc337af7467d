import Big from "big.js";
import type { WiseErrorDetail } from "../wise/errors.js";
import { fromWiseError, isWiseError } from "./errors.js";
import { UserError, UserErrorCode } from "./user-error.js";

/** Maps a Wise field path (`details/iban`, `sourceAmount`) to a path in the mutation's input. */
export type FieldMapper = (wisePath: string | null) => string[] | null;

/** Wise codes whose meaning we know, to give clients a precise UserErrorCode. */
const CODES: Record<string, UserErrorCode> = {
  "transfer.insufficient_funds": UserErrorCode.INSUFFICIENT_FUNDS,
  "balance.insufficient_funds": UserErrorCode.INSUFFICIENT_FUNDS,
  "balance.payment-option-unavailable": UserErrorCode.PAYMENT_OPTION_UNAVAILABLE,
  "transfer.cancellation.not.allowed": UserErrorCode.NOT_ALLOWED,
  INVALID_RECIPIENT: UserErrorCode.INVALID_RECIPIENT,
  NotNull: UserErrorCode.REQUIRED,
  MISSING: UserErrorCode.REQUIRED,
  NOT_FOUND: UserErrorCode.NOT_FOUND,
  CARD_STATUS_CHANGE_NOT_ALLOWED: UserErrorCode.NOT_ALLOWED,
  PERMISSION_LOCKED: UserErrorCode.NOT_ALLOWED,
  CARD_ORDER_NOT_COMPLETED: UserErrorCode.NOT_ALLOWED,
  REQUEST_ALREADY_EXISTS: UserErrorCode.NOT_ALLOWED,
  PRODUCTION_NOT_IN_PROGRESS: UserErrorCode.NOT_ALLOWED,
  KIOSK_ID_NOT_FOUND: UserErrorCode.NOT_FOUND,
};

function codeFor(detail: WiseErrorDetail, status: number | null): UserErrorCode {
  const code = detail.code ?? "";
  if (CODES[code]) return CODES[code];
  if (/expired/i.test(code)) return UserErrorCode.QUOTE_EXPIRED;
  if (/quote.*(used|already|exists)|already.*transfer/i.test(code)) return UserErrorCode.QUOTE_ALREADY_USED;
  if (/idempoten|customerTransactionId|duplicate/i.test(code) || /customerTransactionId|idempotence/i.test(detail.path ?? "")) {
    return UserErrorCode.IDEMPOTENCY_KEY_REUSED;
  }
  if (/insufficient/i.test(code)) return UserErrorCode.INSUFFICIENT_FUNDS;
  if (status === 404) return UserErrorCode.NOT_FOUND;
  if (status === 409) return UserErrorCode.NOT_ALLOWED;
  return UserErrorCode.INVALID;
}

/** Wise's error details as userErrors, each pointing at the input field it is about. */
export function toUserErrors(details: readonly WiseErrorDetail[], status: number | null, mapField: FieldMapper, notFoundField: string[] | null = null): UserError[] {
  return details.map((detail) => {
    const code = codeFor(detail, status);
    const field = mapField(detail.path) ?? (code === UserErrorCode.NOT_FOUND ? notFoundField : null);
    return UserError.of(code, detail.message ?? describe(code), field);
  });
}

function describe(code: UserErrorCode): string {
  return `Wise refused the request (${code.toLowerCase().replace(/_/g, " ")}).`;
}

export interface UserErrorOptions {
  /** Where a 404 points in the input (the id that named the missing object). */
  notFoundField?: string[];
  /** Other HTTP statuses that mean a state error for this call, e.g. 403 for an already deleted recipient. */
  statusAsUserError?: Partial<Record<number, { code: UserErrorCode; message: string; field: string[] | null }>>;
}

/**
 * Sorts a failed Wise mutation call: userErrors when Wise's answer is about the caller's input or
 * the state of their objects (400, 404, 409, 422, or a status the call names in
 * `statusAsUserError`); otherwise it throws the top-level error (401, 403, 429, faults).
 */
export function userErrorsOrThrow(error: unknown, mapField: FieldMapper, options: UserErrorOptions = {}): UserError[] {
  if (!isWiseError(error)) throw error;
  const status = error.kind === "HTTP" ? error.status : null;
  const special = status !== null ? options.statusAsUserError?.[status] : undefined;
  if (special) return [UserError.of(special.code, special.message, special.field)];
  if (status === 400 || status === 404 || status === 409 || status === 422) return toUserErrors(error.details, status, mapField, options.notFoundField ?? null);
  throw fromWiseError(error);
}

/** A field mapper for inputs whose fields are named as Wise names them. */
export function sameNames(known: readonly string[], renames: Record<string, string> = {}): FieldMapper {
  return (wisePath) => {
    if (!wisePath) return null;
    const head = wisePath.split(/[/.]/)[0];
    if (renames[head]) return ["input", renames[head]];
    return known.includes(head) ? ["input", head] : null;
  };
}

/** The userError that says a money-moving call may or may not have happened. */
export function outcomeUnknown(what: string): UserError {
  return UserError.of(
    UserErrorCode.OUTCOME_UNKNOWN,
    `Wise did not confirm whether the ${what} happened. Repeat this mutation with the same idempotencyKey: it resolves to the one result and never repeats the ${what}.`,
  );
}

/**
 * The userError for an idempotency key that Wise already holds for another request. Wise answers
 * a reused key with the earlier result whatever the new body says, so each mutation compares that
 * result with its own input and names the inputs that differ.
 */
export function idempotencyKeyReused(what: string, differing: readonly string[]): UserError {
  return UserError.of(
    UserErrorCode.IDEMPOTENCY_KEY_REUSED,
    `This idempotencyKey was already used for another ${what} (with a different ${differing.join(", ")}); nothing new was done. Use a new key for a new intent.`,
    ["input", "idempotencyKey"],
  );
}

/** Whether two decimal strings are the same amount ("80" and "80.00" are). */
export function sameAmount(a: string, b: string): boolean {
  try {
    return new Big(a).eq(new Big(b));
  } catch {
    return false;
  }
}
