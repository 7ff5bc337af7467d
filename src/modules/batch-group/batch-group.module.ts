import { createBatchGroupLoaders } from "../../loaders/batch-group.loader.js";
import { defineModule } from "../module.js";
import { BatchGroupMutations, BulkSettlementMutations } from "./batch-group.mutations.js";
import { batchGroupNode } from "./batch-group.node.js";
import { BatchGroupResolver, ProfileBatchGroupResolver } from "./batch-group.resolver.js";

/** Batch payouts: batch groups (create, add transfers, complete, fund, cancel, direct debit) and the partner's settlement journals. */
export const batchGroupModule = defineModule(() => ({
  resolvers: [ProfileBatchGroupResolver, BatchGroupResolver, BatchGroupMutations, BulkSettlementMutations],
  nodeTypes: [batchGroupNode],
  loaders: createBatchGroupLoaders,
}));
