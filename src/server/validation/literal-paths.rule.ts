import type { ValidationRule } from "graphql";
import { recordLiteralPaths } from "../../common/scalars/literal-paths.js";

/**
 * Records where every inline value sits ("input.sourceAmount"), so that a custom scalar refusing
 * one names the argument in its error. It reports nothing itself. An argument is entered before
 * the values inside it, so the paths are known when the standard rules parse those values.
 */
export const literalPathsRule: ValidationRule = () => ({
  Argument(node) {
    recordLiteralPaths(node.value, node.name.value);
  },
  VariableDefinition(node) {
    if (node.defaultValue) recordLiteralPaths(node.defaultValue, `$${node.variable.name.value}`);
  },
});
