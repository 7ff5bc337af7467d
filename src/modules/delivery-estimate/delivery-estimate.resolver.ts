import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { parseOptionalWiseTime } from "../../common/time.js";
import type { Context } from "../../context/context.js";
import { TransferStatus } from "../transfer/transfer-status.enum.js";
import { Transfer } from "../transfer/transfer.type.js";

/** Statuses in which the money will not reach the recipient: there is nothing to estimate. */
const NOT_ARRIVING: ReadonlySet<TransferStatus> = new Set([TransferStatus.CANCELLED, TransferStatus.FUNDS_REFUNDED, TransferStatus.BOUNCED_BACK, TransferStatus.CHARGED_BACK]);

@Resolver(() => Transfer)
export class DeliveryEstimateResolver {
  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description:
      "When Wise currently expects the money in the recipient's account: a live estimate, not a promise, that moves while the transfer waits to be paid. Null when the transfer will not arrive (cancelled, refunded, bounced or charged back) or Wise gives no estimate.",
  })
  async deliveryEstimate(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<Date | null> {
    if (NOT_ARRIVING.has(transfer.status)) return null;
    const estimate = await ctx.loaders.deliveryEstimateByTransfer.load(transfer.wiseId);
    return parseOptionalWiseTime(estimate.estimatedDeliveryDate);
  }
}
