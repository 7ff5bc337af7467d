import { splitQuoteKey } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import { toQuote } from "./quote.mapper.js";
import { Quote } from "./quote.type.js";
import { numericUuidKey } from "../../common/node/node-key.js";
import { defineNode } from "../module.js";

/** Refetches a Quote for `node(id:)`; its key is `profileId:quoteUuid`. */
export async function fetchQuoteNode(ctx: Context, key: string): Promise<Quote> {
  const { profileId, quoteId } = splitQuoteKey(key);
  return toQuote(profileId, await ctx.loaders.quoteById.load({ profileId, quoteId }));
}

/** Quote as a Node type: keyed by `profileId:quoteUuid`, because Wise reads a quote through its profile. */
export const quoteNode = defineNode({
  name: "Quote",
  type: Quote,
  key: numericUuidKey,
  fetch: fetchQuoteNode,
  // Wise lists no quotes, so the sample is a fresh one.
  sample: async (api) => {
    const profileId = (await api.request<{ profiles: { id: string }[] }>("{ profiles { id } }")).profiles[0].id;
    const input = { profileId, sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: "100" };
    const created = await api.request<{ quoteCreate: { quote: { id: string } } }>("mutation($input: QuoteCreateInput!) { quoteCreate(input: $input) { quote { id } } }", { input });
    return created.quoteCreate.quote.id;
  },
});
