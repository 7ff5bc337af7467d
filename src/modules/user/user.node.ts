import type { Context } from "../../context/context.js";
import { numericKey } from "../../common/node/node-key.js";
import { defineNode } from "../module.js";
import { toUser } from "./user.mapper.js";
import { User } from "./user.type.js";

/** Refetches a User for `node(id:)`: Wise answers only for the token's own user. */
export async function fetchUserNode(ctx: Context, key: string): Promise<User> {
  return toUser(await ctx.loaders.userById.load(Number(key)));
}

/** User as a Node type: keyed by Wise's user id. */
export const userNode = defineNode({
  name: "User",
  type: User,
  key: numericKey,
  fetch: fetchUserNode,
  sample: async (api) => (await api.request<{ viewer: { id: string } }>("{ viewer { id } }")).viewer.id,
});
