import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLEnumType, GraphQLInt } from "graphql";

/**
 * Apollo's `@cacheControl` directive, declared in the schema so that the SDL that uses it is valid
 * on its own (schema/schema.graphql, the subgraph SDL, `buildSubgraphSchema`, Apollo Router).
 * The hints themselves are written once, on the types, with `@Directive("@cacheControl(...)")`:
 * both SDL files print them where they apply, and the server's Cache-Control plugin reads them
 * from the served schema. Public reference data (Currency, Rate) may be cached publicly for a
 * while; anything of a user (every Node type, Activity) is PRIVATE and, with the default max-age
 * of 0, not cached at all (`Cache-Control: no-store`).
 */
export const CacheControlScope = new GraphQLEnumType({
  name: "CacheControlScope",
  description: "Who may cache a response: any cache (PUBLIC) or only the caller's own client (PRIVATE).",
  values: {
    PUBLIC: { description: "The same for every caller: shared caches and CDNs may keep it." },
    PRIVATE: { description: "Specific to the caller: only the caller's own client may keep it." },
  },
});

export const cacheControlDirective = new GraphQLDirective({
  name: "cacheControl",
  description: "How long, and by whom, the value of a field or of every field of a type may be cached (Apollo cache control).",
  locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE, DirectiveLocation.UNION],
  args: {
    maxAge: { type: GraphQLInt, description: "Seconds the value stays fresh; 0 means not cacheable." },
    scope: { type: CacheControlScope, description: "PUBLIC or PRIVATE; PUBLIC when omitted." },
    inheritMaxAge: { type: GraphQLBoolean, description: "Take the max-age of the parent field instead of the default." },
  },
});
