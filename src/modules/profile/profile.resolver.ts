import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import { toAddress } from "../address/address.mapper.js";
import { Address } from "../address/address.type.js";
import { toProfile } from "./profile.mapper.js";
import { Profile } from "./profile.interface.js";

@Resolver(() => Profile)
export class ProfileResolver {
  @Query(() => [Profile], { description: "Every profile of the caller: their personal profile and any business profiles they manage." })
  async profiles(@Ctx() ctx: Context): Promise<Profile[]> {
    return (await ctx.loaders.profileList()).map(toProfile);
  }

  @Query(() => Profile, { nullable: true, description: "One profile of the caller, by its global ID; null (with a NOT_FOUND or FORBIDDEN error) when not visible." })
  async profile(
    @Arg("id", () => ID, { description: "The global ID of a PersonalProfile or BusinessProfile." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Profile> {
    const { key } = parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"]);
    return toProfile(await ctx.loaders.profileById.load(Number(key)));
  }

  @FieldResolver(() => Address, { nullable: true, description: "The profile's main registered address." })
  async address(@Root() profile: Profile, @Ctx() ctx: Context): Promise<Address | null> {
    if (profile.addressId === null) return null;
    return toAddress(await ctx.loaders.addressById.load(profile.addressId));
  }

  @FieldResolver(() => [Address], { description: "Every address Wise holds for the profile, the main one included." })
  async addresses(@Root() profile: Profile, @Ctx() ctx: Context): Promise<Address[]> {
    return (await ctx.loaders.addressesByProfile.load(profile.wiseId)).map(toAddress);
  }
}
