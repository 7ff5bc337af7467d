import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { connectionOf } from "../../common/connection.js";
import type { Context } from "../../context/context.js";
import { Card } from "../card/card.type.js";
import { CardTransactionConnection } from "./card-transaction.connection.js";
import { toCardTransaction } from "./card-transaction.mapper.js";
import { cardTransactionList, CardTransactionListArgs } from "./card-transaction.paging.js";

@Resolver(() => Card)
export class CardTransactionsResolver {
  @FieldResolver(() => CardTransactionConnection, {
    nullable: true,
    description:
      "The card's transactions, newest first, as a Relay connection over Wise's list (the past 90 days at most); null (with an error) when Wise could not be read, leaving the rest of the answer intact.",
  })
  async transactions(@Root() card: Card, @Ctx() ctx: Context, @Args() args: CardTransactionListArgs): Promise<CardTransactionConnection> {
    const page = await ctx.loaders.pages.load(cardTransactionList, card.profileId, { ...args, cardToken: card.token });
    const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: toCardTransaction(card.profileId, edge.node) }));
    return connectionOf(CardTransactionConnection, edges, page.hasNextPage, args.after);
  }
}
