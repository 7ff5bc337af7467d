import { defineModule } from "../module.js";
import { RateResolver } from "./rate.resolver.js";

/** Public reference data: exchange rates and their history. */
export const rateModule = defineModule(() => ({
  resolvers: [RateResolver],
}));
