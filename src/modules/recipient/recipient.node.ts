import type { Context } from "../../context/context.js";
import { toRecipient } from "./recipient.mapper.js";
import type { Recipient } from "./recipient.type.js";

/** Refetches a Recipient for `node(id:)`. */
export async function fetchRecipientNode(ctx: Context, key: string): Promise<Recipient> {
  return toRecipient(await ctx.loaders.recipientById.load(Number(key)));
}
