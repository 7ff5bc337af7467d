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

/** The money-moving simulations, served only with a Wise sandbox (money arriving in a balance, card payments). */
const DOCUMENTED_SANDBOX_ONLY = [
  "balanceSimulateTopUp",
  "bankTransactionImportSimulate",
  "cardSimulateAuthorisation",
  "cardSimulateClearing",
  "cardSimulateReversal",
  "swiftInSimulate",
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
    const sandboxSchemas = [await createSchema(), await createSubgraphSchema(), await createSubgraphSchema({ federation: false })];
    const realSchemas = [await createSchema({ sandboxOnlyFields: false }), await createSubgraphSchema({ federation: false, sandboxOnlyFields: false })];
    const withSimulations = [...DOCUMENTED, ...DOCUMENTED_SANDBOX_ONLY].sort();
    for (const schema of sandboxSchemas) expect(moneyMovingMutations(schema).sort()).toEqual(withSimulations);
    for (const schema of realSchemas) expect(moneyMovingMutations(schema).sort()).toEqual(DOCUMENTED);
  });

  it("is what the one-money-move rule reads: a marked mutation is limited, an unmarked one is not", async () => {
    const schema = await buildSchema({ resolvers: [MarkedMutations], validate: false });
    const errors = (query: string) => validate(schema, parse(query), [oneMoneyMovePerOperation]).map((error) => error.message);
    expect(errors("mutation { a: pay b: pay }")).toEqual(["An operation may hold at most one money-moving mutation (pay); this one has 2."]);
    expect(errors("mutation { a: pay b: note c: note }")).toEqual([]);
  });
});
