import { createMoneyLoaders } from "../../loaders/money.loader.js";
import { defineModule } from "../module.js";
import { TransferMutations, TransferSimulationMutations } from "./transfer.mutations.js";
import { transferNode } from "./transfer.node.js";
import { ProfileTransfersResolver, TransferFundPayloadResolver, TransferResolver } from "./transfer.resolver.js";

/** Transfers: creating, funding, cancelling and (sandbox only) simulating them. */
export const transferModule = defineModule(() => ({
  resolvers: [ProfileTransfersResolver, TransferResolver, TransferFundPayloadResolver, TransferMutations],
  sandboxOnlyResolvers: [TransferSimulationMutations],
  nodeTypes: [transferNode],
  // Transfers by id and from feeds, and the recipients and quotes transfers name.
  loaders: createMoneyLoaders,
}));
