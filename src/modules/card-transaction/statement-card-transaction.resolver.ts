import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { fromWiseError, isWiseError } from "../../common/errors.js";
import type { Context } from "../../context/context.js";
import { BalanceStatementTransaction } from "../statement/statement.type.js";
import { toCardTransaction } from "./card-transaction.mapper.js";
import { CardTransaction } from "./card-transaction.type.js";

@Resolver(() => BalanceStatementTransaction)
export class StatementCardTransactionResolver {
  @FieldResolver(() => CardTransaction, {
    nullable: true,
    description:
      "The card transaction this line paid or refunded, from its CARD-... reference (one Wise read, shared with any other field asking for it). Null for other kinds, and for a transaction Wise no longer serves (it serves the past 90 days).",
  })
  async cardTransaction(@Root() line: BalanceStatementTransaction, @Ctx() ctx: Context): Promise<CardTransaction | null> {
    const id = line.cardPaymentReference === null ? NaN : Number(line.cardPaymentReference);
    if (!Number.isSafeInteger(id)) return null;
    try {
      return toCardTransaction(line.profileId, await ctx.loaders.cardTransactionById.load({ profileId: line.profileId, transactionId: id }));
    } catch (error) {
      if (isWiseError(error) && error.kind === "HTTP" && (error.status === 403 || error.status === 404)) return null;
      throw isWiseError(error) ? fromWiseError(error) : error;
    }
  }
}
