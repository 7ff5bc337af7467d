import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { Transfer } from "../transfer/transfer.type.js";
import { toTransferPayment } from "./transfer-payment.mapper.js";
import { TransferPayment } from "./transfer-payment.type.js";

@Resolver(() => Transfer)
export class TransferPaymentResolver {
  @FieldResolver(() => [TransferPayment], {
    description: "The completed pay-ins that funded the transfer, oldest first: usually one, empty while the transfer waits to be paid. A payment stays listed after a refund.",
  })
  async payments(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<TransferPayment[]> {
    const payments = await ctx.loaders.paymentsByTransfer.load(transfer.wiseId);
    return payments.map(toTransferPayment);
  }
}
