import { defineModule } from "../module.js";
import { createDeliveryEstimateLoaders } from "../../loaders/delivery-estimate.loader.js";
import { DeliveryEstimateResolver } from "./delivery-estimate.resolver.js";

/** When a transfer's money is expected to arrive (`Transfer.deliveryEstimate`). */
export const deliveryEstimateModule = defineModule(() => ({
  resolvers: [DeliveryEstimateResolver],
  loaders: createDeliveryEstimateLoaders,
}));
