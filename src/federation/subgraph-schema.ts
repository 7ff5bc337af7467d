import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { filterSchema, printSchemaWithDirectives, pruneSchema } from "@graphql-tools/utils";
import { isInputObjectType, isInterfaceType, isObjectType, lexicographicSortSchema, parse, type GraphQLSchema } from "graphql";
import { createResolversMap } from "type-graphql";
import { createSchema, type SchemaOptions } from "../schema/build-schema.js";
import { checkRepresentationCount, entityReferenceResolvers, MAX_REPRESENTATIONS } from "./entity-references.js";

/**
 * The Federation 2 link of this subgraph. 2.3 is the first version with entity interfaces
 * (`@key` on the Profile interface); `@shareable` lets other subgraphs define PageInfo too.
 */
export const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

export interface SubgraphSchemaOptions extends SchemaOptions {
  /**
   * Whether Query has `_service` and `_entities` for a router; by default it has. Without them
   * the schema is the public API alone, for a server that no router may call.
   */
  federation?: boolean;
}

const built = new Map<string, Promise<GraphQLSchema>>();

/**
 * The schema this server serves: the type-graphql schema turned into a Federation 2 subgraph.
 * One schema serves both direct clients and a router; it adds `_service { sdl }` and
 * `_entities(representations:)` to Query.
 *
 * How: print the type-graphql schema with its directives (`@key`, `@cacheControl`; graphql-js'
 * `printSchema` drops them), put the `@link` line in front, and give `buildSubgraphSchema` that
 * SDL with the resolvers type-graphql built (`createResolversMap`: field resolvers, interface
 * `resolveType`, enum values, custom scalars) plus `__resolveReference` for each entity.
 */
export function createSubgraphSchema(options: SubgraphSchemaOptions = {}): Promise<GraphQLSchema> {
  const sandboxOnlyFields = options.sandboxOnlyFields ?? true;
  const federation = options.federation ?? true;
  const key = `${sandboxOnlyFields}:${federation}`;
  let schema = built.get(key);
  if (!schema) {
    schema = createSchema({ sandboxOnlyFields })
      .then(toSubgraph)
      .then((subgraph) => (federation ? subgraph : withoutFederationFields(subgraph)));
    built.set(key, schema);
  }
  return schema;
}

/** The subgraph schema less `_service`, `_entities` and the types only they use. */
function withoutFederationFields(schema: GraphQLSchema): GraphQLSchema {
  const filtered = filterSchema({ schema, rootFieldFilter: (operation, fieldName) => !(operation === "Query" && (fieldName === "_service" || fieldName === "_entities")) });
  return pruneSchema(filtered, { skipPruning: (type) => !type.name.startsWith("_") });
}

function toSubgraph(schema: GraphQLSchema): GraphQLSchema {
  // Sorted, like schema/schema.graphql, so that schema/subgraph.graphql diffs stay readable.
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(schema))}`);
  const resolvers: Record<string, object> = createResolversMap(schema);
  for (const [typeName, reference] of Object.entries(entityReferenceResolvers())) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  const subgraph = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
  copyExtensions(schema, subgraph);
  limitRepresentations(subgraph);
  describeFederation(subgraph);
  return subgraph;
}

/** What @apollo/subgraph adds comes undescribed; explorers show these words instead. */
const FEDERATION_DESCRIPTIONS: Record<string, string> = {
  _Service: "This subgraph, as a Federation router sees it.",
  "_Service.sdl": "The subgraph's schema in Federation SDL, with its @link and @key directives (what `rover subgraph publish` sends).",
  _Entity: "Every entity type of this subgraph: an object a router can fetch by its key.",
  _Any: 'An entity representation: `__typename` and the key fields, such as `{ __typename: "Transfer", id: "..." }`.',
  link__Import: "A name that `@link` imports from a specification.",
  link__Purpose: "Why a schema links a specification.",
  federation__FieldSet: 'A selection of fields, such as the key fields of `@key(fields: "id")`.',
  "Query._service": "For a Federation router: this subgraph's SDL. Only the router may call this subgraph.",
  "Query._entities":
    "For a Federation router: the entities of the given representations, in order, each null with an error when it cannot be read. Only the router may call this subgraph.",
  "Query._entities(representations)": `Entity representations: \`__typename\` and \`id\` (the global ID); at most ${MAX_REPRESENTATIONS}.`,
};

/**
 * `_entities` resolves every representation it is given, each possibly a Wise call: more than
 * `MAX_REPRESENTATIONS` are refused (BAD_USER_INPUT) before the first one is resolved.
 */
function limitRepresentations(schema: GraphQLSchema): void {
  const entities = schema.getQueryType()?.getFields()._entities;
  const resolve = entities?.resolve;
  if (!entities || !resolve) throw new Error("The subgraph schema has no _entities resolver to limit.");
  entities.resolve = (source, args, context, info) => {
    checkRepresentationCount((args as { representations: unknown[] }).representations);
    return resolve(source, args, context, info);
  };
}

function describeFederation(schema: GraphQLSchema): void {
  for (const [path, description] of Object.entries(FEDERATION_DESCRIPTIONS)) {
    const [typeName, fieldName, argName] = path.split(/[.()]/).filter(Boolean);
    const type = schema.getType(typeName);
    if (!type) continue;
    if (!fieldName) {
      type.description ??= description;
    } else if (isObjectType(type)) {
      const field = type.getFields()[fieldName];
      const target = argName ? field?.args.find((arg) => arg.name === argName) : field;
      if (target) target.description ??= description;
    }
  }
}

/**
 * The SDL round trip keeps names, types, descriptions and directives but not `extensions`
 * (where type-graphql `@Extensions` and complexity settings live), so they are carried over.
 */
function copyExtensions(from: GraphQLSchema, to: GraphQLSchema): void {
  for (const type of Object.values(from.getTypeMap())) {
    const target = to.getType(type.name);
    if (!target || type.name.startsWith("__")) continue;
    if (Object.keys(type.extensions).length > 0) target.extensions = { ...type.extensions, ...target.extensions };
    if ((isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) && (isObjectType(target) || isInterfaceType(target) || isInputObjectType(target))) {
      const targetFields = target.getFields();
      for (const field of Object.values(type.getFields())) {
        const targetField = targetFields[field.name];
        if (targetField && Object.keys(field.extensions).length > 0) targetField.extensions = { ...field.extensions, ...targetField.extensions };
      }
    }
  }
}

/** The subgraph SDL a router composes: what `_service { sdl }` answers, `@link` included. */
export async function subgraphSdl(): Promise<string> {
  const schema = await createSubgraphSchema();
  const service = schema.getQueryType()!.getFields()._service;
  const result = (await service.resolve!(undefined, {}, undefined, undefined as never)) as { sdl: string };
  return result.sdl;
}
