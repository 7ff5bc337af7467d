import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ErrorCode, fromWiseError, isWiseError } from "../common/errors.js";
import { ScalarRefusal } from "../common/scalars/scalar-refusal.js";
import { logger } from "../logging/logger.js";

/**
 * The last stop of every error before it reaches a client. Wise failures get their code and a
 * message of ours; our own GraphQLErrors pass as they are; anything else is a fault of this
 * service: the client sees a code and a generic message, the log keeps the detail.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isWiseError(original)) {
    // Not logged here: the Wise client counts every failed call into one summary line per route
    // per interval (a line per error flooded the log whenever Wise was down).
    const mapped = fromWiseError(original);
    return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: mapped.extensions };
  }
  if (original instanceof GraphQLError || !(original instanceof Error)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    // A value a scalar refused is BAD_USER_INPUT whether it came inline (a validation error to
    // graphql-js) or as a variable.
    if (original instanceof GraphQLError && original.originalError instanceof ScalarRefusal) extensions.code = ErrorCode.BAD_USER_INPUT;
    return { ...formatted, message: bounded(formatted.message), extensions };
  }
  logger.error({ err: original, path: formatted.path }, "unexpected error while resolving");
  return {
    message: "Internal server error.",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

const MAX_MESSAGE = 500;

/**
 * graphql-js echoes a refused value whole ("Variable "$input" got invalid value "9999...""): a long
 * message keeps its start and its end (which names the path and the reason) and drops the middle.
 */
function bounded(message: string): string {
  if (message.length <= MAX_MESSAGE) return message;
  const half = (MAX_MESSAGE - 3) / 2;
  return `${message.slice(0, Math.floor(half))} … ${message.slice(-Math.floor(half))}`;
}
