import { defineModule } from "../module.js";
import { PublicQuoteResolver } from "./public-quote.resolver.js";

/** Prices for visitors who are not signed in (`publicQuote`), served without a token. */
export const publicQuoteModule = defineModule(() => ({
  resolvers: [PublicQuoteResolver],
}));
