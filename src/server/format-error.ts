import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ErrorCode, fromWiseError, isWiseError } from "../common/errors.js";
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
    return { ...formatted, extensions };
  }
  logger.error({ err: original, path: formatted.path }, "unexpected error while resolving");
  return {
    message: "Internal server error.",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
