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

const ENV_NAMES: Record<keyof Limits, string> = {
  maxDepth: "GRAPHQL_MAX_DEPTH",
  maxAliases: "GRAPHQL_MAX_ALIASES",
  maxRootFields: "GRAPHQL_MAX_ROOT_FIELDS",
  maxDirectives: "GRAPHQL_MAX_DIRECTIVES",
  maxTokens: "GRAPHQL_MAX_TOKENS",
  maxCost: "GRAPHQL_MAX_COST",
  maxBodyBytes: "GRAPHQL_MAX_BODY_BYTES",
  requestDeadlineMs: "GRAPHQL_REQUEST_DEADLINE_MS",
};

/** Reads overrides of the limits from the environment; a bad value stops the start-up. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const limits = { ...defaultLimits };
  for (const key of Object.keys(ENV_NAMES) as Array<keyof Limits>) {
    const raw = env[ENV_NAMES[key]];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${ENV_NAMES[key]} must be a positive integer; got "${raw}".`);
    limits[key] = value;
  }
  return limits;
}
