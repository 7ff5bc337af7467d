import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { withNamedRefusals } from "./scalar-refusal.js";

const CODE = /^[A-Z]{3}$/;

function validate(value: unknown): string {
  if (typeof value === "string" && CODE.test(value)) return value;
  throw new GraphQLError('CurrencyCode must be three upper-case letters (ISO 4217), such as "GBP".', {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

/**
 * An ISO 4217 alphabetic currency code. Deliberately a pattern, not a fixed list: Wise adds
 * currencies, and a new one must not break serialisation.
 */
export const CurrencyCodeScalar = withNamedRefusals(
  new GraphQLScalarType<string, string>({
    name: "CurrencyCode",
    description: 'A three-letter ISO 4217 currency code in upper case, such as "GBP", "EUR" or "JPY".',
    specifiedByURL: "https://www.iso.org/iso-4217-currency-codes.html",
    serialize: validate,
    parseValue: validate,
    parseLiteral(ast) {
      return validate(ast.kind === Kind.STRING ? ast.value : undefined);
    },
  }),
);
