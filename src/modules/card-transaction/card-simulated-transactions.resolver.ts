import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import type { Context } from "../../context/context.js";
import { listSimulatedCardTransactions } from "../../wise/endpoints/card-transactions.js";
import { Card } from "../card/card.type.js";
import { toCardTransaction } from "./card-transaction.mapper.js";
import { CardTransaction } from "./card-transaction.type.js";

/** The most simulated transactions one field reads (each is one more Wise call). */
const MAX_SIMULATED = 50;

/** Wise sandbox only: the card's simulated transactions, left out of the schema served for a real Wise. */
@Resolver(() => Card)
export class CardSimulatedTransactionsResolver {
  @FieldResolver(() => [CardTransaction], {
    nullable: true,
    description: `Wise sandbox only: the card's simulated transactions, newest first (each read by id, so at most ${MAX_SIMULATED}); null (with an error) when Wise could not be read.`,
  })
  async simulatedTransactions(
    @Root() card: Card,
    @Ctx() ctx: Context,
    @Arg("limit", () => Int, { defaultValue: 10, description: `How many, 1 to ${MAX_SIMULATED}.` }) limit: number,
  ): Promise<CardTransaction[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SIMULATED) throw badUserInput(`Argument "limit" must be between 1 and ${MAX_SIMULATED}; got ${limit}.`, "limit");
    const rows = await listSimulatedCardTransactions(ctx.wise(), card.profileId, card.token, limit);
    const transactions = await Promise.all(rows.map((row) => ctx.loaders.cardTransactionById.load({ profileId: card.profileId, transactionId: row.transactionId })));
    return transactions.map((transaction) => toCardTransaction(card.profileId, transaction));
  }
}
