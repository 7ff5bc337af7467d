import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import type { WiseCardTransaction } from "../../wise/schemas/card-transaction.js";
import { toBalance } from "../balance/balance.mapper.js";
import { Balance } from "../balance/balance.type.js";
import { toCardTransactionCredit, toCardTransactionDebit } from "./card-transaction.mapper.js";
import { CardTransaction, CardTransactionCredit, CardTransactionDebit } from "./card-transaction.type.js";

/** The transaction as Wise answers it by id: the list leaves its debits and credits out. */
async function movementsOf(transaction: CardTransaction, ctx: Context): Promise<Pick<WiseCardTransaction, "debits" | "credits">> {
  if (transaction.wiseDebits !== null || transaction.wiseCredits !== null) return { debits: transaction.wiseDebits, credits: transaction.wiseCredits };
  return ctx.loaders.cardTransactionById.load({ profileId: transaction.profileId, transactionId: transaction.wiseId });
}

@Resolver(() => CardTransaction)
export class CardTransactionResolver {
  @FieldResolver(() => [CardTransactionDebit], {
    description:
      "The money moved from balances, one entry per movement as Wise lists them: a hold, its release (negative), the captured amount. Read by id from Wise when the transaction came from a list.",
  })
  async debits(@Root() transaction: CardTransaction, @Ctx() ctx: Context): Promise<CardTransactionDebit[]> {
    return ((await movementsOf(transaction, ctx)).debits ?? []).map((debit) => toCardTransactionDebit(transaction.profileId, debit));
  }

  @FieldResolver(() => [CardTransactionCredit], { description: "The money given to balances (a refund). Read by id from Wise when the transaction came from a list." })
  async credits(@Root() transaction: CardTransaction, @Ctx() ctx: Context): Promise<CardTransactionCredit[]> {
    return ((await movementsOf(transaction, ctx)).credits ?? []).map((credit) => toCardTransactionCredit(transaction.profileId, credit));
  }
}

@Resolver(() => CardTransactionDebit)
export class CardTransactionDebitResolver {
  @FieldResolver(() => Balance, { nullable: true, description: "The balance debited; null (with an error) when it cannot be read." })
  async balance(@Root() debit: CardTransactionDebit, @Ctx() ctx: Context): Promise<Balance> {
    return toBalance(debit.profileId, await ctx.loaders.balanceById.load({ profileId: debit.profileId, balanceId: debit.balanceWiseId }));
  }
}

@Resolver(() => CardTransactionCredit)
export class CardTransactionCreditResolver {
  @FieldResolver(() => Balance, { nullable: true, description: "The balance credited; null (with an error) when it cannot be read." })
  async balance(@Root() credit: CardTransactionCredit, @Ctx() ctx: Context): Promise<Balance> {
    return toBalance(credit.profileId, await ctx.loaders.balanceById.load({ profileId: credit.profileId, balanceId: credit.balanceWiseId }));
  }
}
