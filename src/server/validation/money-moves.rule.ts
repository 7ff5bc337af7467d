import { GraphQLError, Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode, type ValidationRule } from "graphql";
import { moneyMovingMutations } from "../../common/moves-money.js";

/** The money-moving mutations of each schema, read once from their `@MovesMoney()` marks. */
const movesBySchema = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

function moneyMovesOf(schema: GraphQLSchema): ReadonlySet<string> {
  let moves = movesBySchema.get(schema);
  if (!moves) {
    moves = new Set(moneyMovingMutations(schema));
    movesBySchema.set(schema, moves);
  }
  return moves;
}

/**
 * At most one money-moving mutation per operation, and never under an alias twice: a batch of
 * payments in one request would defeat per-request rate limits and make partial failure murky.
 * Which mutations move money is declared on each with `@MovesMoney()`, and read from the schema.
 * Root fields are counted through inline fragments and named fragments (nested too), since
 * `... on Mutation { transferFund(...) }` executes exactly like a direct field.
 */
export const oneMoneyMovePerOperation: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== "mutation") return;
    const moneyMoving = moneyMovesOf(context.getSchema());
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    // Fields under one response key are merged and run once (graphql refuses them unless they are
    // the same field with the same arguments), so moves are counted by response key; a fragment
    // spread again adds nothing new and is walked once.
    const moves = new Map<string, FieldNode>();
    const walked = new Set<string>();
    const collect = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (moneyMoving.has(selection.name.value)) moves.set(selection.alias?.value ?? selection.name.value, selection);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          collect(selection.selectionSet);
        } else if (!walked.has(selection.name.value)) {
          walked.add(selection.name.value);
          const fragment = fragments.get(selection.name.value);
          if (fragment) collect(fragment.selectionSet);
        }
      }
    };
    collect(node.selectionSet);
    if (moves.size > 1) {
      context.reportError(
        new GraphQLError(`An operation may hold at most one money-moving mutation (${[...moneyMoving].join(", ")}); this one has ${moves.size}.`, {
          nodes: [...moves.values()],
          extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
        }),
      );
    }
  },
});
