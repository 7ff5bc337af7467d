import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { Card } from "../card/card.type.js";
import { Profile } from "../profile/profile.interface.js";
import { SpendLimit } from "./spend-limit.type.js";
import { toCardSpendLimits, toProfileSpendLimits } from "./spend-limits.mapper.js";

/** A card's own limits, then the profile's that apply to it too (inherited), read in parallel. */
export async function cardSpendLimits(ctx: Context, profileId: number, cardToken: string): Promise<SpendLimit[]> {
  const [own, profile] = await Promise.all([ctx.loaders.cardSpendLimits.load({ profileId, cardToken }), ctx.loaders.profileSpendLimits.load(profileId)]);
  return [...toCardSpendLimits(own), ...toProfileSpendLimits(profile, true)];
}

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

@Resolver(() => Card)
export class CardSpendLimitsResolver {
  @FieldResolver(() => [SpendLimit], {
    nullable: true,
    description:
      "Every limit a payment with this card is checked against: the card's own (per payment, daily, monthly, lifetime; only those set), then its profile's (inherited: true), with what was used and what remains; null (with an error) when Wise could not be read.",
  })
  async spendLimits(@Root() card: Card, @Ctx() ctx: Context): Promise<SpendLimit[]> {
    return cardSpendLimits(ctx, card.profileId, card.token);
  }
}
