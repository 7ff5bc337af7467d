import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { Profile } from "../profile/profile.interface.js";
import { SpendLimit } from "./spend-limit.type.js";
import { toProfileSpendLimits } from "./spend-limits.mapper.js";

@Resolver(() => Profile)
export class ProfileSpendLimitsResolver {
  @FieldResolver(() => [SpendLimit], {
    nullable: true,
    description:
      "The profile's card spend limits, shared by all its cards: purchases and cash withdrawals, each daily and monthly, with what was used, what remains and Wise's maximum; null (with an error) when Wise could not be read.",
  })
  async spendLimits(@Root() profile: Profile, @Ctx() ctx: Context): Promise<SpendLimit[]> {
    return toProfileSpendLimits(await ctx.loaders.profileSpendLimits.load(profile.wiseId));
  }
}
