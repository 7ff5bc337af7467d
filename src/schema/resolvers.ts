import type { NonEmptyArray } from "type-graphql";
import { NodeResolver } from "../modules/node/node.resolver.js";
import { moduleResolvers, sandboxOnlyResolvers as registrySandboxOnly } from "../modules/node/node.registry.js";
import type { SchemaClass } from "../modules/module.js";

/** Every resolver class of the schema (type-graphql 2 takes an explicit list): `node`/`nodes`, then each module's. */
export function resolvers(): NonEmptyArray<SchemaClass> {
  return [NodeResolver, ...moduleResolvers()];
}

/**
 * Resolvers of fields that only a Wise sandbox answers (simulation). They are left out of the
 * schema served for a real Wise, so a client cannot even build an operation with them.
 */
export function sandboxOnlyResolvers(): readonly SchemaClass[] {
  return registrySandboxOnly();
}
