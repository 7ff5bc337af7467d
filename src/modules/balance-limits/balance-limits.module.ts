import { createBalanceLimitLoaders } from "../../loaders/balance-limits.loader.js";
import { defineModule } from "../module.js";
import { BalanceLimitMutations } from "./balance-limits.mutations.js";
import { ProfileBalanceLimitsResolver } from "./balance-limits.resolver.js";

/** What a profile holds in total, how much more it may hold, and its hold limit breaches. */
export const balanceLimitsModule = defineModule(() => ({
  resolvers: [ProfileBalanceLimitsResolver, BalanceLimitMutations],
  loaders: createBalanceLimitLoaders,
}));
