import { modules } from "../index.js";
import type { ApiModule, ModuleDeclaration, NodeType, SchemaClass } from "../module.js";

/** The name of every Node type in the registry (the type inside a global id). */
export type NodeTypeName = ReturnType<typeof modules>[number] extends infer M ? (M extends ModuleDeclaration<object, infer Name> ? Name : never) : never;

/** What the registry knows, read from the module list. */
export interface Registry {
  nodeTypes: readonly NodeType[];
  byName: ReadonlyMap<string, NodeType>;
  entityTypes: Readonly<Record<string, readonly NodeTypeName[]>>;
  resolvers: readonly SchemaClass[];
  sandboxOnlyResolvers: readonly SchemaClass[];
}

let built: Registry | undefined;

/**
 * The registry, built on first use: global-id.ts (which every mapper imports) reads it, so it is
 * loaded while the module list itself is still loading, and must not read that list before then.
 */
function registry(): Registry {
  return (built ??= buildRegistry(modules().map((declaration) => declaration() as ApiModule)));
}

/** Reads the modules into the registry, refusing a Node type declared twice or an entity interface naming an unknown one. */
export function buildRegistry(list: readonly ApiModule[]): Registry {
  const byName = new Map<string, NodeType>();
  for (const module of list) {
    for (const nodeType of module.nodeTypes ?? []) {
      if (byName.has(nodeType.name)) throw new Error(`Node type ${nodeType.name} is declared twice.`);
      byName.set(nodeType.name, nodeType);
    }
  }
  const nodeTypes = [...byName.values()];
  // Every Node type that is an entity names itself; an entity interface (Profile) names its implementations.
  const entityTypes: Record<string, readonly NodeTypeName[]> = {};
  for (const nodeType of nodeTypes) if (nodeType.entity !== false) entityTypes[nodeType.name] = [nodeType.name as NodeTypeName];
  for (const entity of list.flatMap((module) => module.entityInterfaces ?? [])) {
    const unknown = entity.nodeTypes.filter((name) => !byName.has(name));
    if (unknown.length > 0) throw new Error(`Entity interface ${entity.name} names unknown Node types: ${unknown.join(", ")}.`);
    entityTypes[entity.name] = entity.nodeTypes as readonly NodeTypeName[];
  }
  return {
    nodeTypes,
    byName,
    entityTypes,
    resolvers: list.flatMap((module) => module.resolvers ?? []),
    sandboxOnlyResolvers: list.flatMap((module) => module.sandboxOnlyResolvers ?? []),
  };
}

/** Every Node type of the registry, in module order. */
export function nodeTypes(): readonly NodeType[] {
  return registry().nodeTypes;
}

/** The registry entry of a Node type, or undefined for a name that is none (a forged global id). */
export function nodeTypeNamed(name: string): NodeType | undefined {
  return registry().byName.get(name);
}

/**
 * The Federation entities and the Node types a reference of each may name (`Profile` names
 * PersonalProfile and BusinessProfile).
 */
export function entityTypes(): Readonly<Record<string, readonly NodeTypeName[]>> {
  return registry().entityTypes;
}

/** Resolver classes of every module, less the sandbox-only ones (the schema builder adds those, and the Node resolver). */
export function moduleResolvers(): readonly SchemaClass[] {
  return registry().resolvers;
}

/** Resolvers of fields only a Wise sandbox answers (simulation), left out of the schema served for a real Wise. */
export function sandboxOnlyResolvers(): readonly SchemaClass[] {
  return registry().sandboxOnlyResolvers;
}

/** The classes of every Node type, which the schema must list: only the Node interface reaches some of them. */
export function nodeClasses(): readonly SchemaClass[] {
  return registry().nodeTypes.map((nodeType) => nodeType.type);
}
