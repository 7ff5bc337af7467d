/**
 * The limits every GraphQL request must fit, with their defaults. The defaults were derived from
 * the project's own operations (test/operations: deepest 6 levels, at most 2 aliases, 2 root
 * fields, about 400 tokens with fragments, cost under 3,000 at first: 100) with room to spare;
 * `test/reliability/limits.test.ts` fails if a project operation would be rejected.
 */
export interface Limits {
  /** Deepest field nesting, fragments included (`GRAPHQL_MAX_DEPTH`). */
  maxDepth: number;
  /** Aliases per operation (`GRAPHQL_MAX_ALIASES`). */
  maxAliases: number;
  /** Root fields per operation (`GRAPHQL_MAX_ROOT_FIELDS`). */
  maxRootFields: number;
  /** Directives per operation (`GRAPHQL_MAX_DIRECTIVES`). */
  maxDirectives: number;
  /** Lexical tokens per document (`GRAPHQL_MAX_TOKENS`). */
  maxTokens: number;
  /** Estimated cost: each field costs 1, times the `first` of every list around it (`GRAPHQL_MAX_COST`). */
  maxCost: number;
  /** Request body size in bytes (`GRAPHQL_MAX_BODY_BYTES`). */
  maxBodyBytes: number;
  /** Deadline for all Wise calls of one request, in ms (`GRAPHQL_REQUEST_DEADLINE_MS`). */
  requestDeadlineMs: number;
}

export const defaultLimits: Limits = {
  maxDepth: 8,
  maxAliases: 15,
  maxRootFields: 10,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 5_000,
  maxBodyBytes: 100_000,
  requestDeadlineMs: 20_000,
};
