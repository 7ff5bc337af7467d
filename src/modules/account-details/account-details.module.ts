import { createAccountDetailsLoaders } from "../../loaders/account-details.loader.js";
import { defineModule } from "../module.js";
import { AccountDetailsSimulationMutations } from "./account-details-simulation.mutations.js";
import { AccountDetailsMutations } from "./account-details.mutations.js";
import {
  BalanceBankDetailsResolver,
  BankAccountDetailsCreatePayloadResolver,
  BankAccountDetailsResolver,
  MultiCurrencyAccountResolver,
  ProfileAccountDetailsResolver,
} from "./account-details.resolver.js";
import { multiCurrencyAccountNode } from "./multi-currency-account.node.js";

/** Bank details to receive money into balances, their orders and returns, and the multi-currency account. */
export const accountDetailsModule = defineModule(() => ({
  resolvers: [
    ProfileAccountDetailsResolver,
    MultiCurrencyAccountResolver,
    BalanceBankDetailsResolver,
    BankAccountDetailsResolver,
    BankAccountDetailsCreatePayloadResolver,
    AccountDetailsMutations,
  ],
  sandboxOnlyResolvers: [AccountDetailsSimulationMutations],
  nodeTypes: [multiCurrencyAccountNode],
  loaders: createAccountDetailsLoaders,
}));
