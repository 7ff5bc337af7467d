import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
// The package's ESM build imports `graphql/index.mjs`, a second copy of graphql beside the CommonJS
// one everything else here loads ("Cannot use GraphQLObjectType from another realm"); its
// CommonJS build shares our graphql instance.
import complexity from "graphql-query-complexity/cjs";
import { createHash } from "node:crypto";
import { ByteBoundedCache } from "../byte-bounded-cache.js";

const { getComplexity } = complexity as typeof import("graphql-query-complexity");

/** The page size assumed for a connection whose `first` was not given (its default). */
const DEFAULT_PAGE = 20;

/**
 * Every field costs 1, and everything under a paged field costs `first` times over: a query for
 * 100 transfers with 5 fields each costs about 500. A field that reads a list of given objects
 * (`nodes(ids:)`, `_entities(representations:)`) costs its selection once per object. Lists that
 * are not paged (balances, currencies) are small and bounded by Wise, so they count once.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const paged = field.args.some((arg) => arg.name === "first");
  const first = typeof args.first === "number" && args.first > 0 ? args.first : DEFAULT_PAGE;
  const given = Array.isArray(args.ids) ? args.ids.length : Array.isArray(args.representations) ? args.representations.length : 1;
  return 1 + childComplexity * (paged ? first : given);
};

/** The estimated cost of an operation with these variables (throws when they do not coerce). */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [pagedEstimator] });
}

/** The bytes all cached cost estimates may take, process-wide: about 10,000 of them. */
export const COST_CACHE_BYTES = 2 * 1024 * 1024;

/**
 * The cache key of one estimate: a hash of the document's hash, the operation name and the
 * variables, so that a request's variables (up to the body limit, and different every time from
 * a hostile client) are never kept.
 */
export function estimateKey(queryHash: string, operationName: string | undefined, variables: Record<string, unknown>): string {
  return createHash("sha256")
    .update(`${queryHash}\u0000${operationName ?? ""}\u0000${JSON.stringify(variables)}`)
    .digest("base64");
}

/**
 * Refuses an operation whose estimated cost is over `maxCost` once its variables are known, before
 * any resolver runs (so before any Wise call). Answers 400 with code COST_LIMIT_EXCEEDED.
 *
 * The estimate walks the whole document, which cost more than executing a small query
 * (`npm run bench`, profiles), so it is cached per document, operation name and variables, in
 * one least-recently-used cache of at most `cacheBytes` for the whole process.
 */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number, cacheBytes = COST_CACHE_BYTES): ApolloServerPlugin {
  const costs = new ByteBoundedCache<number>(cacheBytes);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, queryHash }) {
          const variables = request.variables ?? {};
          let cost: number;
          try {
            cost = costs.getOrCompute(estimateKey(queryHash, request.operationName, variables), () => estimateCost(schema, document, variables, request.operationName));
          } catch {
            // Variables that do not coerce: Apollo's own coercion answers that with a 400 next.
            return;
          }
          if (cost > maxCost) {
            throw new GraphQLError(`This operation's estimated cost is ${cost}, over the limit of ${maxCost}. Ask for smaller pages (first) or fewer fields.`, {
              extensions: { code: "COST_LIMIT_EXCEEDED", cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
