import type { WiseOneTimeToken } from "./schemas/sca.js";
import { isJsonNumber } from "./json.js";

/**
 * Every error body shape Wise uses, folded into one error type.
 *
 * Wise answers with at least five shapes: `{errors:[{code,message,path,arguments}]}`,
 * OAuth `{error, error_description}` (whose description echoes the token we sent), Spring
 * `{timestamp,status,error,message,path}`, RFC 7807 `{type,title,status,detail,instance}`, and
 * payment results `{status:"REJECTED", errorCode, errorMessage}`. Callers only ever see
 * `WiseApiError`, whose message never contains the token or the upstream URL.
 */
export type WiseErrorKind =
  /** Wise answered with an HTTP error status. */
  | "HTTP"
  /** No usable answer: timeout, connection reset, refused, DNS. */
  | "NETWORK"
  /** Wise answered 2xx but the body was not what the contract says. */
  | "BAD_RESPONSE"
  /** Wise answered 403 `x-2fa-approval-result: REJECTED`: strong customer authentication is needed; `oneTimeToken` holds its one-time token. */
  | "SCA_REQUIRED";

export interface WiseErrorDetail {
  /** Wise's error code, e.g. `error.greaterThanZero`, `NOT_VALID`, `invalid_token`. */
  code: string | null;
  /** Wise's message; never the OAuth `error_description`, which echoes the token. */
  message: string | null;
  /** The request field the error is about, as Wise names it (`sourceAmount`, `details/iban`). */
  path: string | null;
  /** Wise's extra arguments for the message, if any. */
  arguments: unknown[] | null;
}

export class WiseApiError extends Error {
  override readonly name = "WiseApiError";
  /** For SCA_REQUIRED, the one-time token's challenges as Wise listed them, when they could be read. */
  challenge: WiseOneTimeToken | null = null;

  constructor(
    readonly kind: WiseErrorKind,
    /** HTTP status, or null when there was no HTTP answer. */
    readonly status: number | null,
    /** Every error Wise listed (at least one entry for HTTP errors). */
    readonly details: WiseErrorDetail[],
    /** Seconds Wise asked us to wait (429 Retry-After), when given. */
    readonly retryAfterSeconds: number | null,
    /** The request that failed: method and route template, never the token. */
    readonly operation: string,
    /** A safe one-line summary for logs. */
    message: string,
    /** For network faults, the socket error code (ECONNRESET, ETIMEDOUT...). */
    readonly networkCode: string | null = null,
    /** For SCA_REQUIRED, the one-time token Wise sent in `x-2fa-approval`: clear it, then repeat the call with it. */
    readonly oneTimeToken: string | null = null,
  ) {
    super(message);
  }

  /**
   * True when Wise may have acted on the request even though we got no usable answer: the
   * request may have reached Wise (timeout, reset, 5xx from a gateway, a broken 2xx body).
   * False when it certainly did not (connection refused, DNS) or Wise answered clearly.
   */
  get outcomeUnknown(): boolean {
    if (this.kind === "SCA_REQUIRED") return false;
    if (this.kind === "BAD_RESPONSE") return true;
    if (this.kind === "HTTP") return this.status !== null && this.status >= 500 && this.status !== 503;
    return !NOT_SENT_CODES.has(this.networkCode ?? "");
  }

  /**
   * True when this failure says Wise itself is unwell, so it may count toward a circuit breaker:
   * a 5xx, a timeout or broken connection, an answer off the contract. Never for what belongs to
   * the caller: any 4xx (401, 403, 404, 422, 429...) whatever its body, or a call we cut short or
   * never sent (the caller's deadline, an open breaker).
   */
  get isWiseFault(): boolean {
    if (this.status !== null && this.status >= 400 && this.status < 500) return false;
    if (this.kind === "HTTP") return this.status !== null && this.status >= 500;
    if (this.kind === "NETWORK") return !NOT_WISE_FAULT_CODES.has(this.networkCode ?? "");
    return true;
  }

  /** Wise's first error code, if any. */
  get code(): string | null {
    return this.details[0]?.code ?? null;
  }

  /** Wise's first error path, if any. */
  get path(): string | null {
    return this.details[0]?.path ?? null;
  }
}

/** Reads whichever of Wise's error shapes `body` has. Unknown shapes give one empty detail. */
export function readWiseErrorBody(body: unknown): WiseErrorDetail[] {
  if (!isRecord(body)) return [emptyDetail()];
  if (Array.isArray(body.errors)) {
    const details = body.errors.filter(isRecord).map((entry) => ({
      code: asString(entry.code),
      // The newer validation shape names them `detail` and `ref` (KYC requirement submissions).
      message: asString(entry.message) ?? asString(entry.detail),
      // The verification-documents refusals name it `field`.
      path: asString(entry.path) ?? asString(entry.ref) ?? asString(entry.field),
      arguments: Array.isArray(entry.arguments) ? entry.arguments : null,
    }));
    return details.length > 0 ? details : [emptyDetail()];
  }
  if (typeof body.errorCode === "string") {
    // A kiosk's refusal of a card production request names it `description`.
    return [{ code: body.errorCode, message: asString(body.errorMessage) ?? asString(body.description), path: null, arguments: null }];
  }
  if (typeof body.error === "string" && "error_description" in body) {
    // OAuth shape: `error_description` may be the caller's own token, so it is dropped here.
    return [{ code: body.error, message: null, path: null, arguments: null }];
  }
  if (typeof body.code === "string") {
    // A single coded error at top level (`{code, message}`, or an RFC 7807 body carrying a `code`).
    return [{ code: body.code, message: asString(body.message) ?? asString(body.detail) ?? asString(body.description), path: asString(body.path), arguments: null }];
  }
  // `status` arrives as parseWiseJson's exact number, or a plain one from other callers.
  if (typeof body.title === "string" && (typeof body.status === "number" || isJsonNumber(body.status))) {
    return [{ code: body.title, message: asString(body.detail), path: null, arguments: null }];
  }
  if (typeof body.error === "string") {
    return [{ code: body.error, message: asString(body.message), path: null, arguments: null }];
  }
  return [emptyDetail()];
}

/** Socket errors that prove the request never reached Wise. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "ERR_INVALID_URL", "ECONNECT_TIMEOUT", "EDEADLINE", "EOPENBREAKER"]);

/**
 * Network codes of calls that ended on our side, not Wise's: the caller's deadline passed before
 * the call was sent (EDEADLINE) or while Wise still had time to answer (ECALLER_DEADLINE), a
 * breaker shed it, or we built a bad URL.
 */
const NOT_WISE_FAULT_CODES = new Set(["EDEADLINE", "ECALLER_DEADLINE", "EOPENBREAKER", "ERR_INVALID_URL"]);

/**
 * The one-time token of Wise's SCA refusal: a 403 with `x-2fa-approval-result: REJECTED` and the
 * token in `x-2fa-approval`; null for any other answer.
 */
export function readScaRejection(status: number, headers: Record<string, string | string[] | undefined>): string | null {
  if (status !== 403) return null;
  const result = headers["x-2fa-approval-result"];
  const token = headers["x-2fa-approval"];
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();
  if (first(result)?.toUpperCase() !== "REJECTED") return null;
  return first(token) || null;
}

/** Parses a Retry-After header: integer seconds or an HTTP date (RFC 9110 10.2.3). */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const header = Array.isArray(value) ? value[0] : value;
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function emptyDetail(): WiseErrorDetail {
  return { code: null, message: null, path: null, arguments: null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}
