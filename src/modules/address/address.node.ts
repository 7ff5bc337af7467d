import type { Context } from "../../context/context.js";
import { toAddress } from "./address.mapper.js";
import type { Address } from "./address.type.js";

/** Refetches an Address for `node(id:)`. */
export async function fetchAddressNode(ctx: Context, key: string): Promise<Address> {
  return toAddress(await ctx.loaders.addressById.load(Number(key)));
}
