import { describe, expect, it } from "@jest/globals";
import { parse, validate } from "graphql";
import { buildSchema, Mutation, Query, Resolver } from "type-graphql";
import { moneyMovingMutations, MovesMoney } from "../../src/common/moves-money.js";
import { createSubgraphSchema } from "../../src/federation/subgraph-schema.js";
import { createSchema } from "../../src/schema/build-schema.js";
import { oneMoneyMovePerOperation } from "../../src/server/validation/money-moves.rule.js";

/** The money-moving mutations the README documents under the request limits. */
const DOCUMENTED = [
  "balanceConvert",
  "bankAccountDetailsPaymentReturn",
  "batchGroupFund",
  "batchGroupPaymentInitiationCreate",
  "batchGroupTransferCreate",
  "holdLimitBreachClose",
  "transferCreate",
  "transferFund",
  "transferThirdPartyCreate",
];

@Resolver()
class MarkedMutations {
  @Query(() => Boolean, { description: "A query, which a schema must have." })
  ping(): boolean {
    return true;
  }

  @MovesMoney()
  @Mutation(() => Boolean, { description: "Moves money, as far as the limit rule knows." })
  pay(): boolean {
    return true;
  }

  @Mutation(() => Boolean, { description: "Moves no money." })
  note(): boolean {
    return true;
  }
}

describe("@MovesMoney()", () => {
  it("marks exactly the documented money-moving mutations, in every schema the server serves", async () => {
    const schemas = [
      await createSchema(),
      await createSchema({ sandboxOnlyFields: false }),
      await createSubgraphSchema(),
      await createSubgraphSchema({ federation: false }),
      await createSubgraphSchema({ federation: false, sandboxOnlyFields: false }),
    ];
    for (const schema of schemas) expect(moneyMovingMutations(schema).sort()).toEqual(DOCUMENTED);
  });

  it("is what the one-money-move rule reads: a marked mutation is limited, an unmarked one is not", async () => {
    const schema = await buildSchema({ resolvers: [MarkedMutations], validate: false });
    const errors = (query: string) => validate(schema, parse(query), [oneMoneyMovePerOperation]).map((error) => error.message);
    expect(errors("mutation { a: pay b: pay }")).toEqual(["An operation may hold at most one money-moving mutation (pay); this one has 2."]);
    expect(errors("mutation { a: pay b: note c: note }")).toEqual([]);
  });
});
