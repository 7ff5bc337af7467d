import type { Context } from "../../context/context.js";
import { toQuote } from "./quote.mapper.js";
import type { Quote } from "./quote.type.js";

/** Refetches a Quote for `node(id:)`; its key is `profileId:quoteUuid`. */
export async function fetchQuoteNode(ctx: Context, key: string): Promise<Quote> {
  const [profileId, quoteId] = [Number(key.slice(0, key.indexOf(":"))), key.slice(key.indexOf(":") + 1)];
  return toQuote(profileId, await ctx.loaders.quoteById.load({ profileId, quoteId }));
}
