import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from "type-graphql";
import { listPage, pageOfList } from "../../common/list-page.js";
import { PageArgs } from "../../common/page-args.js";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";
import type { Context } from "../../context/context.js";
import { Profile } from "../profile/profile.interface.js";
import { HoldLimitBreachClosingReason, HoldLimitBreachState } from "./balance-limits.enums.js";
import { toBalanceCapacity, toHoldLimitBreach, toTotalFunds } from "./balance-limits.mapper.js";
import { BalanceCapacity, HoldLimitBreachConnection, TotalFunds } from "./balance-limits.type.js";

@ArgsType()
class HoldLimitBreachArgs extends PageArgs("hold limit breaches") {
  @Field(() => HoldLimitBreachState, { nullable: true, description: "Only breaches in this state." })
  state?: HoldLimitBreachState | null;

  @Field(() => HoldLimitBreachClosingReason, { nullable: true, description: "Only breaches closed this way." })
  closingReason?: HoldLimitBreachClosingReason | null;
}

@Resolver(() => Profile)
export class ProfileBalanceLimitsResolver {
  @FieldResolver(() => BalanceCapacity, {
    nullable: true,
    description: "Whether the profile's country caps what it may hold, and how much more it may receive; null (with an error) when Wise could not be read.",
  })
  async balanceCapacity(
    @Root() profile: Profile,
    @Arg("currency", () => CurrencyCodeScalar, { description: "The currency to express the room left in." }) currency: string,
    @Ctx() ctx: Context,
  ): Promise<BalanceCapacity> {
    return toBalanceCapacity(await ctx.loaders.balanceCapacity.load({ profileId: profile.wiseId, currency }));
  }

  @FieldResolver(() => TotalFunds, {
    nullable: true,
    description: "Everything the profile holds, every balance converted by Wise into one currency; null (with an error) when Wise could not be read.",
  })
  async totalFunds(
    @Root() profile: Profile,
    @Arg("currency", () => CurrencyCodeScalar, { description: "The currency to convert into." }) currency: string,
    @Ctx() ctx: Context,
  ): Promise<TotalFunds> {
    return toTotalFunds(await ctx.loaders.totalFunds.load({ profileId: profile.wiseId, currency }));
  }

  @FieldResolver(() => HoldLimitBreachConnection, {
    nullable: true,
    description: "The times the profile held more than its hold limit, newest first; empty where its country has no limit; null (with an error) when Wise could not be read.",
  })
  async holdLimitBreaches(@Root() profile: Profile, @Args(() => HoldLimitBreachArgs) args: HoldLimitBreachArgs, @Ctx() ctx: Context): Promise<HoldLimitBreachConnection> {
    const key = { profileId: profile.wiseId, state: args.state ?? undefined, closingReason: args.closingReason ?? undefined };
    const scope = `hold-limit-breaches:${key.profileId}:${key.state ?? ""}:${key.closingReason ?? ""}`;
    const page = listPage(scope, args);
    const breaches = await ctx.loaders.holdLimitBreaches.load(key);
    return pageOfList(HoldLimitBreachConnection, breaches, page, toHoldLimitBreach);
  }
}
