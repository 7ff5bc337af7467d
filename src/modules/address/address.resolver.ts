import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { Address } from "./address.type.js";

@Resolver(() => Address)
export class AddressResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile this address belongs to." })
  async profile(@Root() address: Address, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(address.profileId));
  }
}
