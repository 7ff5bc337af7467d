import { createThirdPartyTransferLoaders } from "../../loaders/third-party-transfer.loader.js";
import { defineModule } from "../module.js";
import { ThirdPartyTransferMutations } from "./third-party-transfer.mutations.js";
import { TransferOriginatorResolver, TransferThirdPartyCreatePayloadResolver } from "./third-party-transfer.resolver.js";

/** Transfers a partner sends for its own customers (`transferThirdPartyCreate`, `Transfer.originator`). */
export const thirdPartyTransferModule = defineModule(() => ({
  resolvers: [ThirdPartyTransferMutations, TransferOriginatorResolver, TransferThirdPartyCreatePayloadResolver],
  loaders: createThirdPartyTransferLoaders,
}));
