import { GraphQLDate, GraphQLDateTime, GraphQLJSONObject, GraphQLSafeInt, GraphQLUUID } from "graphql-scalars";
import { withNamedRefusals } from "./scalar-refusal.js";

export { DecimalScalar } from "./decimal.scalar.js";
export { CurrencyCodeScalar } from "./currency-code.scalar.js";

/** An instant, serialised as ISO 8601 in UTC (`2025-01-05T11:31:08.000Z`), whatever format Wise used. */
export const DateTimeScalar = withNamedRefusals(GraphQLDateTime);
/** A calendar date without time or zone (`1985-05-20`). */
export const DateScalar = withNamedRefusals(GraphQLDate);
/** An integer that JavaScript represents exactly (up to 2^53 - 1): Wise's numeric ids. */
export const SafeIntScalar = withNamedRefusals(GraphQLSafeInt);
/** A UUID (RFC 4122), such as an idempotency key. */
export const UUIDScalar = withNamedRefusals(GraphQLUUID);
/** A JSON object passed on as Wise gave it, for data whose keys Wise decides (recipient details). */
export const JSONObjectScalar = withNamedRefusals(GraphQLJSONObject);
