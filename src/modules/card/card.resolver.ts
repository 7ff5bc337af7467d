import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { connectionOf } from "../../common/connection.js";
import type { Context } from "../../context/context.js";
import { BalanceType } from "../balance/balance.enums.js";
import { toBalance } from "../balance/balance.mapper.js";
import { Balance } from "../balance/balance.type.js";
import { Profile } from "../profile/profile.interface.js";
import { toProfile } from "../profile/profile.mapper.js";
import { PrefetchWithProfile } from "../profile/profile.prefetch.js";
import { CardConnection } from "./card.connection.js";
import { toCard } from "./card.mapper.js";
import { CardListArgs, cardList } from "./card.paging.js";
import { Card } from "./card.type.js";

@Resolver(() => Profile)
export class ProfileCardsResolver {
  @FieldResolver(() => CardConnection, {
    nullable: true,
    description: "The profile's cards, oldest first, as a Relay connection over Wise's numbered pages; null (with an error) when Wise could not be read.",
  })
  @PrefetchWithProfile((ctx: Context, profileId: number, args: CardListArgs) => ctx.loaders.pages.load(cardList, profileId, args))
  async cards(@Root() profile: Profile, @Ctx() ctx: Context, @Args() args: CardListArgs): Promise<CardConnection> {
    const page = await ctx.loaders.pages.load(cardList, profile.wiseId, args);
    const edges = page.edges.map((edge) => {
      ctx.loaders.cardById.prime({ profileId: profile.wiseId, cardToken: edge.node.token }, edge.node);
      return { cursor: edge.cursor, node: toCard(edge.node) };
    });
    return connectionOf(CardConnection, edges, page.hasNextPage, args.after);
  }
}

@Resolver(() => Card)
export class CardResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile the card was issued to." })
  async profile(@Root() card: Card, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(card.profileId));
  }

  @FieldResolver(() => Balance, {
    nullable: true,
    description: "The profile's balance in the card's default currency, which the card spends from first; null when the profile has none in that currency.",
  })
  async balance(@Root() card: Card, @Ctx() ctx: Context): Promise<Balance | null> {
    const balances = await ctx.loaders.balancesByProfile.load({ profileId: card.profileId, types: [BalanceType.STANDARD] });
    const balance = balances.find((b) => b.currency === card.program.defaultCurrency);
    return balance ? toBalance(card.profileId, balance) : null;
  }
}
