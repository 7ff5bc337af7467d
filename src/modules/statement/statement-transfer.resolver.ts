import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { fromWiseError, isWiseError } from "../../common/errors.js";
import type { Context } from "../../context/context.js";
import { toTransfer } from "../transfer/transfer.mapper.js";
import { Transfer } from "../transfer/transfer.type.js";
import { BalanceStatementTransaction } from "./statement.type.js";

@Resolver(() => BalanceStatementTransaction)
export class StatementTransferResolver {
  @FieldResolver(() => Transfer, {
    nullable: true,
    description:
      "The transfer this transaction paid or refunded, from its TRANSFER-... reference. Null for other kinds, and for a transfer this token cannot read (money received from someone else's transfer).",
  })
  async transfer(@Root() line: BalanceStatementTransaction, @Ctx() ctx: Context): Promise<Transfer | null> {
    if (line.transferId === null) return null;
    try {
      return toTransfer(await ctx.loaders.transferById.load(line.transferId));
    } catch (error) {
      if (isWiseError(error) && error.kind === "HTTP" && (error.status === 403 || error.status === 404)) return null;
      throw isWiseError(error) ? fromWiseError(error) : error;
    }
  }
}
