import { createBalanceLoaders } from "../../loaders/balance.loader.js";
import { defineModule } from "../module.js";
import { BalanceMutations } from "./balance.mutations.js";
import { balanceNode } from "./balance.node.js";
import { BalanceConvertPayloadResolver, BalanceResolver, ProfileBalancesResolver } from "./balance.resolver.js";

/** Multi-currency balances: a profile's balances and conversions between them (their statements: modules/statement). */
export const balanceModule = defineModule(() => ({
  resolvers: [ProfileBalancesResolver, BalanceConvertPayloadResolver, BalanceResolver, BalanceMutations],
  nodeTypes: [balanceNode],
  loaders: createBalanceLoaders,
}));
