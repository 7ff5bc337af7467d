import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { PrefetchWithProfile } from "../profile/profile.prefetch.js";
import { BalanceType } from "./balance.enums.js";
import { loadProfileBalances } from "./balance.load.js";
import { toBalance } from "./balance.mapper.js";
import { BalanceConvertPayload } from "./balance.payloads.js";
import { Balance } from "./balance.type.js";

@Resolver(() => Profile)
export class ProfileBalancesResolver {
  @FieldResolver(() => [Balance], {
    nullable: true,
    description: "The profile's balances: one per currency, plus any savings jars; null (with an error) when Wise could not be read.",
  })
  @PrefetchWithProfile((ctx: Context, profileId: number, args: { types?: BalanceType[] }) => loadProfileBalances(ctx, profileId, args.types))
  async balances(
    @Root() profile: Profile,
    @Arg("types", () => [BalanceType], {
      defaultValue: [BalanceType.STANDARD, BalanceType.SAVINGS],
      description: "Which kinds of balance to return; both by default.",
    })
    types: BalanceType[],
    @Ctx() ctx: Context,
  ): Promise<Balance[]> {
    const balances = await loadProfileBalances(ctx, profile.wiseId, types);
    return balances.map((balance) => toBalance(profile.wiseId, balance));
  }
}

@Resolver(() => Balance)
export class BalanceResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile that holds this balance." })
  async profile(@Root() balance: Balance, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(balance.profileId));
  }
}

@Resolver(() => BalanceConvertPayload)
export class BalanceConvertPayloadResolver {
  // A field of its own, so that a failed read nulls only this field: the conversion stands.
  @FieldResolver(() => [Balance], {
    nullable: true,
    description: "The profile's balances after the conversion; empty when it did not happen; null (with an error) when Wise could not be read, though the conversion stands.",
  })
  async balances(@Root() payload: BalanceConvertPayload, @Ctx() ctx: Context): Promise<Balance[]> {
    const profileId = payload.profileId;
    if (profileId === null) return [];
    return (await loadProfileBalances(ctx, profileId, null)).map((balance) => toBalance(profileId, balance));
  }
}
