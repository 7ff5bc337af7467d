import { describe, expect, it } from "@jest/globals";
import {
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from "graphql";
import { CurrencyCodeScalar, DecimalScalar } from "../../src/common/scalars/index.js";
import { literalPathsRule } from "../../src/server/validation/literal-paths.rule.js";

const Filter = new GraphQLInputObjectType({
  name: "Filter",
  fields: { currencies: { type: new GraphQLList(new GraphQLNonNull(CurrencyCodeScalar)) } },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
      total: {
        type: GraphQLString,
        args: { amounts: { type: new GraphQLList(new GraphQLNonNull(DecimalScalar)) }, filter: { type: Filter } },
      },
    },
  }),
});

const errorsOf = (query: string, rules: ValidationRule[] = [...specifiedRules, literalPathsRule]) =>
  validate(schema, parse(query), rules).map((error) => ({ message: error.message, locations: error.locations, argument: error.extensions.argument }));

describe("literal refusals name the list item or input field", () => {
  it("an item of a list argument and a list inside an input object", () => {
    const query = '{ total(amounts: ["1.5", "x"], filter: { currencies: ["gbp"] }) }';
    expect(errorsOf(query)).toEqual([
      {
        message: 'Invalid value for "amounts[1]": Decimal must be a string of digits with an optional sign and fraction, such as "1234.50"; got "x".',
        locations: [{ line: 1, column: query.indexOf('"x"') + 1 }],
        argument: "amounts[1]",
      },
      {
        message: 'Invalid value for "filter.currencies[0]": CurrencyCode must be three upper-case letters (ISO 4217), such as "GBP".',
        locations: [{ line: 1, column: query.indexOf('"gbp"') + 1 }],
        argument: "filter.currencies[0]",
      },
    ]);
  });

  it("without the rule the scalar's message stands alone, still located", () => {
    expect(errorsOf('{ total(amounts: ["x"]) }', [...specifiedRules])).toEqual([
      { message: expect.stringMatching(/^Decimal must be a string/), locations: [{ line: 1, column: 19 }], argument: undefined },
    ]);
  });
});
