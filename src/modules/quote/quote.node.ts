import { splitQuoteKey } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import { toQuote } from "./quote.mapper.js";
import type { Quote } from "./quote.type.js";

/** Refetches a Quote for `node(id:)`; its key is `profileId:quoteUuid`. */
export async function fetchQuoteNode(ctx: Context, key: string): Promise<Quote> {
  const { profileId, quoteId } = splitQuoteKey(key);
  return toQuote(profileId, await ctx.loaders.quoteById.load({ profileId, quoteId }));
}
