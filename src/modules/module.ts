import type { NodeKey } from "../common/node/node-key.js";
import type { Node } from "../common/node/node.interface.js";
import type { Context } from "../context/context.js";
import type { WiseSession } from "../wise/session.js";

/** A resolver or GraphQL type class, as type-graphql takes it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type SchemaClass = Function;

/**
 * Runs GraphQL operations as the owner of the sample data (a test's first demo user), so that a
 * generic test can find an object of each Node type without knowing the type.
 */
export interface SampleApi {
  request<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
}

/** One Node type: what `node(id:)`, `nodes(ids:)` and `_entities` need to know about it. */
export interface NodeType<Name extends string = string> {
  /** The GraphQL object type name, which is also the type inside its global id. */
  name: Name;
  /** The type-graphql class; listed in the schema even where only the Node interface reaches it. */
  type: SchemaClass;
  /** The shape of the key inside its global id. */
  key: NodeKey;
  /** Refetches the node by its key through the request's loaders (so `node` and fields share calls). */
  fetch(ctx: Context, key: string): Promise<Node>;
  /**
   * Whether a Federation router may resolve it by `@key(fields: "id")` (its class carries that
   * directive). Every Node type is an entity unless this says otherwise.
   */
  entity?: boolean;
  /** The global id of one such object of the sample user's, for the generic registry test. */
  sample(api: SampleApi): Promise<string>;
}

/** A Federation entity interface (`@key` on an interface) and the Node types its references may name. */
export interface EntityInterface {
  name: string;
  nodeTypes: readonly string[];
}

/** A module: everything one resource adds to the API, declared once in its own folder. */
export interface ApiModule<Loaders extends object = object, Name extends string = string> {
  /** Resolver classes (queries, mutations, field resolvers) this module adds to the schema. */
  resolvers?: readonly SchemaClass[];
  /** Resolvers of fields only a Wise sandbox answers; left out of the schema served for a real Wise. */
  sandboxOnlyResolvers?: readonly SchemaClass[];
  /** The Node types this module owns. */
  nodeTypes?: readonly NodeType<Name>[];
  /** Entity interfaces this module owns. */
  entityInterfaces?: readonly EntityInterface[];
  /** Makes this module's per-request loaders; they are merged into `ctx.loaders`. */
  loaders?: (wise: () => WiseSession) => Loaders;
}

/**
 * A module as the module list holds it: a function, read when the registry is first used. Every
 * mapper imports global-id.ts, which reads the registry, so the module list may load while one of
 * its resolvers is still loading; a module read at load time would meet that class uninitialized.
 */
export type ModuleDeclaration<Loaders extends object = object, Name extends string = string> = () => ApiModule<Loaders, Name>;

/** Declares a module, keeping its loaders' and node type names' exact types for the registry. */
export function defineModule<Loaders extends object = object, Name extends string = never>(declare: () => ApiModule<Loaders, Name>): ModuleDeclaration<Loaders, Name> {
  let module: ApiModule<Loaders, Name> | undefined;
  return () => (module ??= declare());
}

/** Declares a Node type, keeping its name's literal type for `NodeTypeName`. */
export function defineNode<const Name extends string>(node: NodeType<Name>): NodeType<Name> {
  return node;
}

/** The id of the first object in lists of objects (what a sample query over every profile returns), or a clear failure. */
export function firstIdOf(lists: ReadonlyArray<ReadonlyArray<{ id: string }> | null | undefined>, what: string): string {
  const first = lists.flatMap((list) => list ?? [])[0];
  if (first === undefined) throw new Error(`The sample user has no ${what}.`);
  return first.id;
}
