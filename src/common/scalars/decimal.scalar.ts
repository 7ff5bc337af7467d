import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function validate(value: unknown): string {
  if (typeof value === "string" && DECIMAL.test(value)) return value;
  throw new GraphQLError(`Decimal must be a string of digits with an optional sign and fraction, such as "1234.50"; got ${describe(value)}.`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value;
}

/**
 * An exact decimal number serialised as a JSON string ("1234.50"). Money, rates and fees travel
 * as Decimal so that no digit is lost to binary floating point, in either direction.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  description:
    'An exact, signed decimal number serialised as a string, such as "1234.50" or "0.000123". Never a float: parse it with a decimal library before doing arithmetic.',
  specifiedByURL: "https://speleotrove.com/decimal/daconvs.html",
  serialize: validate,
  parseValue: validate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Decimal literals must be strings, such as "1234.50", so that no precision is lost.', {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return validate(ast.value);
  },
});
