import { badUserInput, notFound } from "../common/errors.js";
import { parseGlobalIdOf } from "../common/node/global-id.js";
import type { Node } from "../common/node/node.interface.js";
import type { Context } from "../context/context.js";
import { entityTypes, nodeTypeNamed } from "../modules/node/node.registry.js";

/** The most representations one `_entities` call may ask for, as many as `nodes(ids:)` takes. */
export const MAX_REPRESENTATIONS = 100;

/** Refuses an `_entities` call over the limit, before any representation is resolved. */
export function checkRepresentationCount(representations: readonly unknown[]): void {
  if (representations.length > MAX_REPRESENTATIONS) {
    throw badUserInput(`Argument "representations" may hold at most ${MAX_REPRESENTATIONS} representations; got ${representations.length}.`, "representations");
  }
}

export interface EntityReference {
  __typename: string;
  id?: unknown;
}

/**
 * The entities of this subgraph, each keyed by `@key(fields: "id")` (the Relay global id), come
 * from the registry: every Node type, and the entity interface `Profile` (Federation 2.3): another
 * subgraph may add fields to every profile with `@interfaceObject`, and its references arrive as
 * `{ __typename: "Profile", id }`.
 *
 * Resolves one `_entities` representation exactly as `node(id:)` refetches: through the Node
 * fetchers and so through this request's DataLoaders. A router asking for 40 profiles in one
 * `_entities` call thus costs one `GET /v2/profiles`; 40 transfers cost one call per distinct
 * transfer (Wise has no batch read for them), their profiles again one list call.
 */
export async function resolveEntity(reference: EntityReference, ctx: Context): Promise<Node> {
  const entities = entityTypes();
  const types = Object.hasOwn(entities, reference.__typename) ? entities[reference.__typename] : undefined;
  if (!types) throw notFound(`An entity of type ${reference.__typename}`);
  const id = typeof reference.id === "string" ? reference.id : "";
  const { type, key } = parseGlobalIdOf(id, types, "representations.id");
  const node = await nodeTypeNamed(type)!.fetch(ctx, key);
  // A PersonalProfile id naming a business profile is not that entity.
  if (node.id !== id) throw notFound(`The ${reference.__typename}`);
  return node;
}

/** `__resolveReference` for every entity type, in the resolver-map shape `buildSubgraphSchema` takes. */
export function entityReferenceResolvers(): Record<string, { __resolveReference: (reference: EntityReference, ctx: Context) => Promise<Node> }> {
  return Object.fromEntries(Object.keys(entityTypes()).map((typeName) => [typeName, { __resolveReference: resolveEntity }]));
}

/** Names of the entity types that are resolvable by reference here. */
export const entityTypeNames: readonly string[] = Object.keys(entityTypes());
