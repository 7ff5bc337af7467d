import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import { toAddress } from "../address/address.mapper.js";
import { Address } from "../address/address.type.js";
import { toProfile } from "./profile.mapper.js";
import { Profile } from "./profile.interface.js";
import { PrefetchWithProfile, prefetchProfileLists } from "./profile.prefetch.js";

@Resolver(() => Profile)
export class ProfileResolver {
  @Query(() => [Profile], {
    nullable: true,
    description:
      "Every profile of the caller: their personal profile and any business profiles they manage; null (with an error) when Wise could not be read, leaving other root fields intact.",
  })
  async profiles(@Ctx() ctx: Context): Promise<Profile[]> {
    return (await ctx.loaders.profileList()).map(toProfile);
  }

  @Query(() => Profile, { nullable: true, description: "One profile of the caller, by its global ID; null (with a NOT_FOUND or FORBIDDEN error) when not visible." })
  async profile(
    @Arg("id", () => ID, { description: "The global ID of a PersonalProfile or BusinessProfile." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Profile> {
    const { type, key } = parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"]);
    const profileId = Number(key);
    // The lists asked under the profile need only its id: start them alongside the profile.
    prefetchProfileLists(ctx, profileId, type, info);
    return toProfile(await ctx.loaders.profileById.load(profileId));
  }

  @FieldResolver(() => Address, { nullable: true, description: "The profile's main registered address; null when it has none, or (with an error) when Wise could not be read." })
  async address(@Root() profile: Profile, @Ctx() ctx: Context): Promise<Address | null> {
    if (profile.addressId === null) return null;
    return toAddress(await ctx.loaders.addressById.load(profile.addressId));
  }

  @FieldResolver(() => [Address], {
    nullable: true,
    description: "Every address Wise holds for the profile, the main one included; null (with an error) when Wise could not be read.",
  })
  @PrefetchWithProfile((ctx: Context, profileId: number) => ctx.loaders.addressesByProfile.load(profileId))
  async addresses(@Root() profile: Profile, @Ctx() ctx: Context): Promise<Address[]> {
    return (await ctx.loaders.addressesByProfile.load(profile.wiseId)).map(toAddress);
  }
}
