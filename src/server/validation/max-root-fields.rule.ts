import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from "graphql";

/** Counts the root fields of each operation, through fragments, and refuses more than `max`. */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(node) {
      const fragments = new Map(
        context
          .getDocument()
          .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      );
      const fields: ASTNode[] = [];
      const seen = new Set<string>();
      const collect = (set: SelectionSetNode) => {
        for (const selection of set.selections) {
          if (selection.kind === Kind.FIELD) {
            if (!selection.name.value.startsWith("__")) fields.push(selection);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            collect(selection.selectionSet);
          } else if (!seen.has(selection.name.value)) {
            seen.add(selection.name.value);
            const fragment = fragments.get(selection.name.value);
            if (fragment) collect(fragment.selectionSet);
          }
        }
      };
      collect(node.selectionSet);
      if (fields.length > max) {
        context.reportError(
          new GraphQLError(`An operation may select at most ${max} root fields; this one selects ${fields.length}.`, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }),
        );
      }
    },
  });
}
