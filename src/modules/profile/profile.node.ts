import type { Context } from "../../context/context.js";
import { toProfile } from "./profile.mapper.js";
import type { Profile } from "./profile.interface.js";

/** Refetches a PersonalProfile or BusinessProfile for `node(id:)`. */
export async function fetchProfileNode(ctx: Context, key: string): Promise<Profile> {
  return toProfile(await ctx.loaders.profileById.load(Number(key)));
}
