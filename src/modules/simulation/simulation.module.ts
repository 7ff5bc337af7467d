import { defineModule } from "../module.js";
import { KycReviewSimulationResolver } from "./kyc-review-simulation.resolver.js";
import { MoneySimulationMutations } from "./money-simulation.mutations.js";
import { ProfileSimulationMutations } from "./profile-simulation.mutations.js";

/**
 * Wise's sandbox simulations of what customers, reviewers and other banks do (verification
 * outcomes, KYC review decisions, money arriving). Served only with a Wise sandbox; the transfer
 * state simulations live with transfers.
 */
export const simulationModule = defineModule(() => ({
  sandboxOnlyResolvers: [ProfileSimulationMutations, KycReviewSimulationResolver, MoneySimulationMutations],
}));
