import { defineModule } from "../module.js";
import { ComparisonResolver } from "./comparison.resolver.js";

/** Wise's price next to other providers' (`comparison`), served without a token. */
export const comparisonModule = defineModule(() => ({
  resolvers: [ComparisonResolver],
}));
