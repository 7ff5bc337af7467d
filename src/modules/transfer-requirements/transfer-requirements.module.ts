import { createTransferRequirementsLoaders } from "../../loaders/transfer-requirements.loader.js";
import { defineModule } from "../module.js";
import { TransferRequirementsResolver } from "./transfer-requirements.resolver.js";

/** The form of a transfer's details (`Query.transferRequirements`), with the same form types as a recipient's. */
export const transferRequirementsModule = defineModule(() => ({
  resolvers: [TransferRequirementsResolver],
  loaders: createTransferRequirementsLoaders,
}));
