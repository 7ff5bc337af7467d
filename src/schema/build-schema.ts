import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { specifiedDirectives, type GraphQLSchema } from "graphql";
import { nodeClasses } from "../modules/node/node.registry.js";
import { cacheControlDirective } from "./cache-control.js";
import { resolvers } from "./resolvers.js";
import { noPubSub } from "../live/no-pub-sub.js";

export interface SchemaOptions {
  /** Whether fields that only a Wise sandbox answers (`transferSimulate`) are in; by default they are. */
  sandboxOnlyFields?: boolean;
}

const built = new Map<boolean, Promise<GraphQLSchema>>();

/**
 * Builds the executable schema once per process and variant; every request reuses it. The full
 * schema (the default) is the one committed in schema/schema.graphql.
 */
export function createSchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const sandboxOnlyFields = options.sandboxOnlyFields ?? true;
  const cached = built.get(sandboxOnlyFields);
  if (cached) return cached;
  const schema = buildSchema({
    resolvers: resolvers({ sandboxOnlyFields }),
    // Types reachable only through interfaces (Node, Profile) must be listed to be in the schema.
    orphanedTypes: [...nodeClasses()],
    validate: false,
    // `@cacheControl` hints are written on the types with `@Directive`; the directive must be declared.
    directives: [...specifiedDirectives, cacheControlDirective],
    // Required by type-graphql once there is a Subscription; ours are fed by the event bus instead.
    pubSub: noPubSub,
  }).then(describeRootTypes);
  built.set(sandboxOnlyFields, schema);
  return schema;
}

/** type-graphql cannot describe the root types, so their descriptions are set here. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = "Read Wise data: the caller's profiles and everything under them, and public reference data (currencies, rates).";
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = "Change Wise data: addresses, quotes, recipients, transfers and balances. Money-moving mutations take an idempotency key.";
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = "Follow Wise's changes as they happen (transfers moving, money arriving), over WebSocket with the graphql-ws protocol on /graphql.";
  return schema;
}
