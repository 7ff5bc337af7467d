import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context/context.js";
import type { LiveEventPayload } from "../../live/live-event-payload.js";
import { fetchTransferNode } from "../transfer/transfer.node.js";
import { Transfer } from "../transfer/transfer.type.js";
import { eventOf } from "./live-events.js";
import { transferEvents, type TransferEventArgs } from "./transfer-events.js";
import { toTransferStateChange, transferIdOfEvent } from "./transfer-state-change.mapper.js";
import { TransferStateChange } from "./transfer-state-change.type.js";

@Resolver(() => TransferStateChange)
export class TransferStateChangeResolver {
  @Subscription(() => TransferStateChange, {
    description:
      "Each status change of the profile's transfers, in the order Wise's events arrived (over WebSocket, graphql-ws). The token must be able to read the profile; `transfer` is read with it on every event.",
    subscribe: ({ args, context }) => transferEvents(context as Context, args as TransferEventArgs, "transfers#state-change", transferIdOfEvent),
  })
  transferStateChanged(
    @Root() payload: LiveEventPayload,
    @Arg("profileId", () => ID, { description: "The global ID of the profile whose transfers to follow." }) _profileId: string,
    @Arg("transferId", () => ID, { nullable: true, description: "The global ID of one of its transfers, to follow only that one." }) _transferId: string | null,
  ): TransferStateChange {
    return toTransferStateChange(eventOf(payload));
  }

  @FieldResolver(() => Transfer, { description: "The transfer as Wise has it now, read with the subscriber's token: a node a client cache can merge by its id." })
  transfer(@Root() change: TransferStateChange, @Ctx() ctx: Context): Promise<Transfer> {
    return fetchTransferNode(ctx, String(change.transferWiseId));
  }
}
