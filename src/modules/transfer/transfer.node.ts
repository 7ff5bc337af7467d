import type { Context } from "../../context/context.js";
import { toTransfer } from "./transfer.mapper.js";
import type { Transfer } from "./transfer.type.js";

/** Refetches a Transfer for `node(id:)` (and for activities that are about a transfer). */
export async function fetchTransferNode(ctx: Context, key: string): Promise<Transfer> {
  return toTransfer(await ctx.loaders.transferById.load(Number(key)));
}
