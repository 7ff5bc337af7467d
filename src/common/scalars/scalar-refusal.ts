import { GraphQLError, GraphQLScalarType, type ValueNode } from "graphql";
import { ErrorCode } from "../errors.js";
import { literalPath } from "./literal-paths.js";

/** Longest scalar message passed on: some scalars echo the whole value they refused. */
const MAX_MESSAGE = 200;

/**
 * A value a custom scalar refused. An inline value's refusal names the argument or input field
 * (`Invalid value for "input.sourceAmount": ...`, with `extensions.argument`) and points at the value
 * (`locations`); a variable's refusal is named by graphql-js itself
 * (`Variable "$input" got invalid value ... at "input.sourceAmount"; ...`).
 */
export class ScalarRefusal extends GraphQLError {}

function refusal(error: unknown, ast?: ValueNode): ScalarRefusal {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.length > MAX_MESSAGE ? `${raw.slice(0, MAX_MESSAGE)}…` : raw;
  const path = ast ? literalPath(ast) : undefined;
  return new ScalarRefusal(path ? `Invalid value for "${path}": ${message}` : message, {
    nodes: ast,
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(path ? { argument: path } : {}) },
  });
}

/**
 * The same scalar, with every input refusal made a ScalarRefusal. Serialisation is untouched. Every
 * custom scalar of the schema goes through this, so all of them refuse input the same way.
 */
export function withNamedRefusals<TInternal, TExternal>(scalar: GraphQLScalarType<TInternal, TExternal>): GraphQLScalarType<TInternal, TExternal> {
  const config = scalar.toConfig();
  return new GraphQLScalarType<TInternal, TExternal>({
    ...config,
    parseValue(value) {
      try {
        return config.parseValue(value);
      } catch (error) {
        throw refusal(error);
      }
    },
    parseLiteral(ast, variables) {
      try {
        return config.parseLiteral(ast, variables);
      } catch (error) {
        throw refusal(error, ast);
      }
    },
  });
}
