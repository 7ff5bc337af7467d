import { GraphQLError } from "graphql";
import { WiseApiError } from "../wise/errors.js";
import { challengeOf } from "./sca/sca-challenge.mapper.js";

/** Every `extensions.code` this API puts on an error. Clients can switch on these. */
export enum ErrorCode {
  /** No Wise token was supplied, or Wise rejected it. */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** The token may not see or change this resource. */
  FORBIDDEN = "FORBIDDEN",
  /** The resource does not exist (or is not visible to this token). */
  NOT_FOUND = "NOT_FOUND",
  /** An argument was malformed: a forged id or cursor, an out-of-range `first`, an unknown filter. */
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /**
   * Wise asks for strong customer authentication; `extensions.scaChallenge` holds the one-time
   * token and its challenges. Clear them, then repeat with the `scaToken` argument.
   */
  SCA_REQUIRED = "SCA_REQUIRED",
  /** Wise is rate limiting this caller; `extensions.retryAfterSeconds` says how long to wait. */
  RATE_LIMITED = "RATE_LIMITED",
  /** Wise did not answer usefully in time: 5xx, timeout, reset, or an answer off the contract. */
  UPSTREAM_UNAVAILABLE = "UPSTREAM_UNAVAILABLE",
  /** A fault of this service; the detail stays in the server log. */
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** A GraphQLError with one of our codes and a message safe to show to a client. */
export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function badUserInput(message: string, argument?: string): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
}

export function notFound(what: string): GraphQLError {
  return apiError(ErrorCode.NOT_FOUND, `${what} was not found.`);
}

/**
 * The one place where a Wise failure becomes a client-facing error. The message is ours, never
 * Wise's raw body (a 401 body echoes the caller's token); Wise's code and path are kept for 4xx
 * validation errors because they help the client fix its input.
 */
export function fromWiseError(error: WiseApiError): GraphQLError {
  if (error.kind === "SCA_REQUIRED") {
    return apiError(ErrorCode.SCA_REQUIRED, "Wise asks for strong customer authentication: clear extensions.scaChallenge, then repeat with scaToken set to its oneTimeToken.", {
      scaChallenge: { ...challengeOf(error) },
    });
  }
  const wise = error.kind === "HTTP" ? { wiseCode: error.code ?? undefined } : {};
  switch (error.kind === "HTTP" ? error.status : null) {
    case 401:
      return apiError(ErrorCode.UNAUTHENTICATED, "Wise did not accept the token. Send a valid Wise API token as `Authorization: Bearer <token>`.");
    case 403:
      return apiError(ErrorCode.FORBIDDEN, "This Wise token may not access that resource.", wise);
    case 404:
      return apiError(ErrorCode.NOT_FOUND, "Wise has no such resource for this token.", wise);
    case 429:
      return apiError(ErrorCode.RATE_LIMITED, "Wise is rate limiting this caller; retry later.", {
        retryAfterSeconds: error.retryAfterSeconds ?? undefined,
      });
    case 400:
    case 409:
    case 422: {
      const detail = error.details[0];
      const message = detail?.message ? `Wise rejected the request: ${detail.message}` : "Wise rejected the request.";
      return apiError(ErrorCode.BAD_USER_INPUT, message, { ...wise, wisePath: detail?.path ?? undefined });
    }
    default:
      return apiError(ErrorCode.UPSTREAM_UNAVAILABLE, "Wise is unavailable or answered unexpectedly; try again shortly.");
  }
}

/** True for errors that come from Wise's side of the wire rather than our own code. */
export function isWiseError(error: unknown): error is WiseApiError {
  return error instanceof WiseApiError;
}
