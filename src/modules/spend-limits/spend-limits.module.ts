import { createSpendLimitLoaders } from "../../loaders/spend-limits.loader.js";
import { defineModule } from "../module.js";
import { SpendLimitMutations } from "./spend-limits.mutations.js";
import { CardSpendLimitsResolver, ProfileSpendLimitsResolver } from "./spend-limits.resolver.js";

/** Card spend limits: the profile's (shared by its cards) and each card's own, enforced by Wise when a card pays. */
export const spendLimitsModule = defineModule(() => ({
  resolvers: [ProfileSpendLimitsResolver, CardSpendLimitsResolver, SpendLimitMutations],
  loaders: createSpendLimitLoaders,
}));
