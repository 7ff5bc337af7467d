import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { isWiseError } from "../../common/errors.js";
import type { Context } from "../../context/context.js";
import { TransferStatus } from "../transfer/transfer-status.enum.js";
import { Transfer } from "../transfer/transfer.type.js";
import { TransferPayoutInfo } from "./transfer-payout.type.js";

/** Statuses in which the money has been sent to the recipient's bank: only then is there a payout to describe. */
const PAID_OUT: ReadonlySet<TransferStatus> = new Set([TransferStatus.OUTGOING_PAYMENT_SENT, TransferStatus.BOUNCED_BACK]);

@Resolver(() => Transfer)
export class TransferPayoutResolver {
  @FieldResolver(() => TransferPayoutInfo, {
    nullable: true,
    description:
      "Who paid the money out to the recipient's bank (partner bank, its reference, delivery mode, MT103): what the recipient's bank asks for to trace a payment. Null until Wise has sent the money.",
  })
  async payoutInfo(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<TransferPayoutInfo | null> {
    // Before the money is sent there is no payout: known without asking Wise.
    if (!PAID_OUT.has(transfer.status)) return null;
    try {
      const info = await ctx.loaders.transferPayoutInfo.load(transfer.wiseId);
      return Object.assign(new TransferPayoutInfo(), {
        processorName: info.processorName ?? null,
        deliveryMode: info.deliveryMode ?? null,
        bankingPartnerReference: info.bankingPartnerReference ?? null,
        bankingPartnerName: info.bankingPartnerName ?? null,
        mt103: info.mt103 ?? null,
      });
    } catch (error) {
      // Wise answers 404 for a transfer whose payout it does not describe: an absent value.
      if (isWiseError(error) && error.status === 404) return null;
      throw error;
    }
  }
}
