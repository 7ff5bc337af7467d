import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { withNamedRefusals } from "./scalar-refusal.js";

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * The most digits an input Decimal may have. Far above any amount or rate, and low enough that no
 * input can make decimal arithmetic (ours or Wise's) slow. Checked before anything else
 * looks at the value.
 */
export const MAX_DECIMAL_DIGITS = 30;

function checkFormat(value: unknown): string {
  if (typeof value === "string" && DECIMAL.test(value)) return value;
  throw new GraphQLError(`Decimal must be a string of digits with an optional sign and fraction, such as "1234.50"; got ${describe(value)}.`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

function tooLong(value: string): Error {
  return new Error(`Decimal has at most ${MAX_DECIMAL_DIGITS} digits; got ${value.length} characters.`);
}

function checkInput(value: unknown): string {
  // The length first (room for a sign and a point), so that nothing else runs over a huge value.
  if (typeof value === "string" && value.length > MAX_DECIMAL_DIGITS + 2) throw tooLong(value);
  const decimal = checkFormat(value);
  if (decimal.replace(/[-.]/g, "").length > MAX_DECIMAL_DIGITS) throw tooLong(decimal);
  return decimal;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value;
}

/**
 * An exact decimal number serialised as a JSON string ("1234.50"). Money, rates and fees travel
 * as Decimal so that no digit is lost to binary floating point, in either direction.
 */
export const DecimalScalar = withNamedRefusals(
  new GraphQLScalarType<string, string>({
    name: "Decimal",
    description: `An exact, signed decimal number serialised as a string, such as "1234.50" or "0.000123". Never a float: parse it with a decimal library before doing arithmetic. As input, at most ${MAX_DECIMAL_DIGITS} digits.`,
    specifiedByURL: "https://speleotrove.com/decimal/daconvs.html",
    serialize: checkFormat,
    parseValue: checkInput,
    parseLiteral(ast) {
      if (ast.kind !== Kind.STRING) throw new Error('Decimal literals must be strings, such as "1234.50", so that no precision is lost.');
      return checkInput(ast.value);
    },
  }),
);
