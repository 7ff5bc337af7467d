import type { NonEmptyArray } from "type-graphql";
import { NodeResolver } from "../modules/node/node.resolver.js";
import { moduleResolvers, sandboxOnlyResolvers } from "../modules/node/node.registry.js";
import type { SchemaClass } from "../modules/module.js";

/**
 * Every resolver class of the schema (type-graphql 2 takes an explicit list): `node`/`nodes`, then
 * each module's. Fields that only a Wise sandbox answers (simulation) are left out of the schema
 * served for a real Wise, so a client cannot even build an operation with them.
 */
export function resolvers(options: { sandboxOnlyFields: boolean }): NonEmptyArray<SchemaClass> {
  return [NodeResolver, ...moduleResolvers(), ...(options.sandboxOnlyFields ? sandboxOnlyResolvers() : [])];
}
