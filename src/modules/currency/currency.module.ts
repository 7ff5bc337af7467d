import { defineModule } from "../module.js";
import { CurrencyResolver } from "./currency.resolver.js";

/** Public reference data: the currencies Wise supports. */
export const currencyModule = defineModule(() => ({
  resolvers: [CurrencyResolver],
}));
