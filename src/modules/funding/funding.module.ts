import { createFundingLoaders } from "../../loaders/funding.loader.js";
import { defineModule } from "../module.js";
import { FundingMutations, FundingSimulationMutations } from "./funding.mutations.js";
import { ProfileDirectDebitAccountsResolver, TransferDepositDetailsResolver } from "./funding.resolver.js";

/** Paying for transfers other than from a balance: bank transfer deposit details, direct debit accounts, and (sandbox only) a deposit arriving. */
export const fundingModule = defineModule(() => ({
  resolvers: [TransferDepositDetailsResolver, ProfileDirectDebitAccountsResolver, FundingMutations],
  sandboxOnlyResolvers: [FundingSimulationMutations],
  loaders: createFundingLoaders,
}));
