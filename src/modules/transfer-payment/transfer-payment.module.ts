import { defineModule } from "../module.js";
import { createTransferPaymentLoaders } from "../../loaders/transfer-payment.loader.js";
import { TransferPaymentResolver } from "./transfer-payment.resolver.js";

/** The pay-ins that funded a transfer (`Transfer.payments`). */
export const transferPaymentModule = defineModule(() => ({
  resolvers: [TransferPaymentResolver],
  loaders: createTransferPaymentLoaders,
}));
