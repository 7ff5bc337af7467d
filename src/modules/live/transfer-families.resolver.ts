import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from "type-graphql";
import { z } from "zod";
import { globalId } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import type { LiveEventPayload } from "../../live/live-event-payload.js";
import type { WiseEvent } from "../../live/wise-event.js";
import { fetchTransferNode } from "../transfer/transfer.node.js";
import { Transfer } from "../transfer/transfer.type.js";
import { eventData, eventOf, occurredAt, wiseEventDecimal, wiseEventId } from "./live-events.js";
import { eventMoney } from "./event-money.js";
import { TransferActiveCasesChange } from "./transfer-active-cases-change.type.js";
import { transferEvents, type TransferEventArgs } from "./transfer-events.js";
import { TransferPayoutFailure } from "./transfer-payout-failure.type.js";
import { TransferRefund } from "./transfer-refund.type.js";

const PROFILE_ARG = "The global ID of the profile whose transfers to follow.";
const TRANSFER_ARG = "The global ID of one of its transfers, to follow only that one.";
const TRANSFER_FIELD = "The transfer as Wise has it now, read with the subscriber's token: a node a client cache can merge by its id.";

/** `transfers#active-cases` data. */
const activeCasesData = z.object({ resource: z.object({ id: wiseEventId }), active_cases: z.array(z.string()).nullish(), occurred_at: z.string().optional() });
/** `transfers#payout-failure` data: the transfer's id at the top level. */
const payoutFailureData = z.object({
  transfer_id: wiseEventId,
  failure_reason_code: z.string().nullish(),
  failure_description: z.string().nullish(),
  occurred_at: z.string().optional(),
});
/** `transfers#refund` data. */
const refundData = z.object({
  resource: z.object({ id: wiseEventId, refund_amount: wiseEventDecimal.nullish(), refund_currency: z.string().nullish() }),
  occurred_at: z.string().optional(),
});

const resourceId = (event: WiseEvent) => activeCasesData.shape.resource.safeParse(event.data.resource).data?.id ?? null;
const payoutTransferId = (event: WiseEvent) => wiseEventId.safeParse(event.data.transfer_id).data ?? null;

function base(event: WiseEvent, transferWiseId: number, time: string | undefined) {
  return { transferId: globalId("Transfer", transferWiseId), transferWiseId, occurredAt: occurredAt(event, time), deliveryId: event.deliveryId };
}

/** The transfer families beside state changes: open issues, payout failures, refunds. Each reads its transfer with the subscriber's token. */
@Resolver()
export class TransferFamiliesSubscriptions {
  @Subscription(() => TransferActiveCasesChange, {
    description: "Each change of the open issues of the profile's transfers (over WebSocket, graphql-ws). The token must be able to read the profile.",
    subscribe: ({ args, context }) => transferEvents(context as Context, args as TransferEventArgs, "transfers#active-cases", resourceId),
  })
  transferActiveCasesChanged(
    @Root() payload: LiveEventPayload,
    @Arg("profileId", () => ID, { description: PROFILE_ARG }) _profileId: string,
    @Arg("transferId", () => ID, { nullable: true, description: TRANSFER_ARG }) _transferId: string | null,
  ): TransferActiveCasesChange {
    const event = eventOf(payload);
    const data = eventData(event, activeCasesData);
    return Object.assign(new TransferActiveCasesChange(), base(event, data.resource.id, data.occurred_at), { activeCases: data.active_cases ?? [] });
  }

  @Subscription(() => TransferPayoutFailure, {
    description: "Each failed payout of the profile's transfers to their recipients (over WebSocket, graphql-ws). The token must be able to read the profile.",
    subscribe: ({ args, context }) => transferEvents(context as Context, args as TransferEventArgs, "transfers#payout-failure", payoutTransferId),
  })
  transferPayoutFailed(
    @Root() payload: LiveEventPayload,
    @Arg("profileId", () => ID, { description: PROFILE_ARG }) _profileId: string,
    @Arg("transferId", () => ID, { nullable: true, description: TRANSFER_ARG }) _transferId: string | null,
  ): TransferPayoutFailure {
    const event = eventOf(payload);
    const data = eventData(event, payoutFailureData);
    return Object.assign(new TransferPayoutFailure(), base(event, data.transfer_id, data.occurred_at), {
      failureCode: data.failure_reason_code ?? null,
      failureDescription: data.failure_description ?? null,
    });
  }

  @Subscription(() => TransferRefund, {
    description: "Each refund of one of the profile's transfers to the sender (over WebSocket, graphql-ws). The token must be able to read the profile.",
    subscribe: ({ args, context }) => transferEvents(context as Context, args as TransferEventArgs, "transfers#refund", resourceId),
  })
  transferRefunded(
    @Root() payload: LiveEventPayload,
    @Arg("profileId", () => ID, { description: PROFILE_ARG }) _profileId: string,
    @Arg("transferId", () => ID, { nullable: true, description: TRANSFER_ARG }) _transferId: string | null,
  ): TransferRefund {
    const event = eventOf(payload);
    const data = eventData(event, refundData);
    const { refund_amount: amount, refund_currency: currency } = data.resource;
    return Object.assign(new TransferRefund(), base(event, data.resource.id, data.occurred_at), { refundAmount: amount && currency ? eventMoney(amount, currency) : null });
  }
}

@Resolver(() => TransferActiveCasesChange)
export class TransferActiveCasesChangeResolver {
  @FieldResolver(() => Transfer, { description: TRANSFER_FIELD })
  transfer(@Root() change: TransferActiveCasesChange, @Ctx() ctx: Context): Promise<Transfer> {
    return fetchTransferNode(ctx, String(change.transferWiseId));
  }
}

@Resolver(() => TransferPayoutFailure)
export class TransferPayoutFailureResolver {
  @FieldResolver(() => Transfer, { description: TRANSFER_FIELD })
  transfer(@Root() change: TransferPayoutFailure, @Ctx() ctx: Context): Promise<Transfer> {
    return fetchTransferNode(ctx, String(change.transferWiseId));
  }
}

@Resolver(() => TransferRefund)
export class TransferRefundResolver {
  @FieldResolver(() => Transfer, { description: TRANSFER_FIELD })
  transfer(@Root() change: TransferRefund, @Ctx() ctx: Context): Promise<Transfer> {
    return fetchTransferNode(ctx, String(change.transferWiseId));
  }
}
