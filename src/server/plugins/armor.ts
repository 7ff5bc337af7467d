import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Limits } from "../limits.js";

/**
 * graphql-armor's validation rules for depth, aliases and directives, plus hidden field
 * suggestions in production. Its cost rule is off (ours, cost-limit.ts, weighs `first`), and so is
 * its token plugin: it replaces Apollo's parser and turns syntax errors into 500s, while graphql's
 * own `maxTokens` parse option (set in create-server.ts) does the same job inside the parser.
 * Limits are stated in error messages only outside production.
 */
export function armorProtection(limits: Limits, production: boolean) {
  const exposeLimits = !production;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits },
    maxDirectives: { n: limits.maxDirectives, exposeLimits },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  return armor.protect();
}
