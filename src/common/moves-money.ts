import type { GraphQLField, GraphQLSchema } from "graphql";
import { Extensions } from "type-graphql";

/**
 * Marks a mutation that moves money. The schema carries the mark in the field's extensions, and
 * the validation rule that allows one money move per operation reads it from there.
 */
export function MovesMoney(): MethodDecorator {
  return Extensions({ movesMoney: true });
}

/** Whether a field was marked with `@MovesMoney()`. */
export function movesMoney(field: GraphQLField<unknown, unknown>): boolean {
  return field.extensions.movesMoney === true;
}

/** The names of the schema's money-moving mutations, in schema order. */
export function moneyMovingMutations(schema: GraphQLSchema): string[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {})
    .filter(movesMoney)
    .map((field) => field.name);
}
