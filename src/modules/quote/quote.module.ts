import { defineModule } from "../module.js";
import { QuoteMutations } from "./quote.mutations.js";
import { quoteNode } from "./quote.node.js";
import { QuoteResolver } from "./quote.resolver.js";

/** Quotes: the price of a transfer or conversion. Its loader is in the transfer module's money loaders. */
export const quoteModule = defineModule(() => ({
  resolvers: [QuoteResolver, QuoteMutations],
  nodeTypes: [quoteNode],
}));
