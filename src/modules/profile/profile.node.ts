import type { Context } from "../../context/context.js";
import { toProfile } from "./profile.mapper.js";
import type { Profile } from "./profile.interface.js";
import { numericKey } from "../../common/node/node-key.js";
import { defineNode, type SampleApi } from "../module.js";
import { BusinessProfile } from "./business-profile.type.js";
import { PersonalProfile } from "./personal-profile.type.js";

/** Refetches a PersonalProfile or BusinessProfile for `node(id:)`. */
export async function fetchProfileNode(ctx: Context, key: string): Promise<Profile> {
  return toProfile(await ctx.loaders.profileById.load(Number(key)));
}

/** The sample user's profile of one kind. */
async function sampleProfile(api: SampleApi, typename: string): Promise<string> {
  const profile = (await api.request<{ profiles: { __typename: string; id: string }[] }>("{ profiles { __typename id } }")).profiles.find((p) => p.__typename === typename);
  if (!profile) throw new Error(`The sample user has no ${typename}.`);
  return profile.id;
}

/** PersonalProfile as a Node type: keyed by Wise's profile id. */
export const personalProfileNode = defineNode({
  name: "PersonalProfile",
  type: PersonalProfile,
  key: numericKey,
  fetch: fetchProfileNode,
  sample: (api) => sampleProfile(api, "PersonalProfile"),
});

/** BusinessProfile as a Node type: keyed by Wise's profile id. */
export const businessProfileNode = defineNode({
  name: "BusinessProfile",
  type: BusinessProfile,
  key: numericKey,
  fetch: fetchProfileNode,
  sample: (api) => sampleProfile(api, "BusinessProfile"),
});
