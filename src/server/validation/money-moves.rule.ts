import { GraphQLError, Kind, type ValidationRule } from "graphql";

/** Mutations that move money; an operation may hold at most one of them. */
export const MONEY_MOVING_MUTATIONS = new Set(["transferCreate", "transferFund", "balanceConvert"]);

/**
 * At most one money-moving mutation per operation, and never under an alias twice: a batch of
 * payments in one request would defeat per-request rate limits and make partial failure murky.
 */
export const oneMoneyMovePerOperation: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== "mutation") return;
    const moves = node.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && MONEY_MOVING_MUTATIONS.has(s.name.value));
    if (moves.length > 1) {
      context.reportError(
        new GraphQLError(`An operation may hold at most one money-moving mutation (${[...MONEY_MOVING_MUTATIONS].join(", ")}); this one has ${moves.length}.`, {
          nodes: moves,
          extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
        }),
      );
    }
  },
});
