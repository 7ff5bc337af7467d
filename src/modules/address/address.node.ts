import type { Context } from "../../context/context.js";
import { toAddress } from "./address.mapper.js";
import { Address } from "./address.type.js";
import { numericKey } from "../../common/node/node-key.js";
import { defineNode, firstIdOf } from "../module.js";

/** Refetches an Address for `node(id:)`. */
export async function fetchAddressNode(ctx: Context, key: string): Promise<Address> {
  return toAddress(await ctx.loaders.addressById.load(Number(key)));
}

/** Address as a Node type: keyed by Wise's address id. */
export const addressNode = defineNode({
  name: "Address",
  type: Address,
  key: numericKey,
  fetch: fetchAddressNode,
  sample: async (api) =>
    firstIdOf(
      (await api.request<{ profiles: { addresses: { id: string }[] | null }[] }>("{ profiles { addresses { id } } }")).profiles.map((p) => p.addresses),
      "address",
    ),
});
