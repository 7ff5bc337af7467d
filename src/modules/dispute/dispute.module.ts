import { createDisputeLoaders } from "../../loaders/dispute.loader.js";
import { defineModule } from "../module.js";
import { DisputeMutations } from "./dispute.mutations.js";
import { disputeNode } from "./dispute.node.js";
import { CardTransactionDisputesResolver, DisputeResolver, DisputeSubmitPayloadResolver, ProfileDisputesResolver } from "./dispute.resolver.js";

/** Card transaction disputes: reasons, the dispute flow, submission with evidence files, the profile's disputes and withdrawal. */
export const disputeModule = defineModule(() => ({
  resolvers: [ProfileDisputesResolver, DisputeResolver, CardTransactionDisputesResolver, DisputeSubmitPayloadResolver, DisputeMutations],
  nodeTypes: [disputeNode],
  loaders: createDisputeLoaders,
}));
