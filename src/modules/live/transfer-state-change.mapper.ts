import { z } from "zod";
import { toEnum } from "../../common/enum.js";
import { globalId } from "../../common/node/global-id.js";
import type { WiseEvent } from "../../live/wise-event.js";
import { TransferStatus } from "../transfer/transfer-status.enum.js";
import { eventData, occurredAt, wiseEventId } from "./live-events.js";
import { TransferStateChange } from "./transfer-state-change.type.js";

/** `transfers#state-change` data (schema versions 2.0.0 and 4.0.0: the same fields). */
const transferStateChangeData = z.object({
  resource: z.object({ id: wiseEventId, profile_id: wiseEventId.optional() }),
  current_state: z.string(),
  previous_state: z.string().nullish(),
  occurred_at: z.string().optional(),
});

/** The transfer an event names, or null when its data names none (so no subscriber narrowed to a transfer gets it). */
export function transferIdOfEvent(event: WiseEvent): number | null {
  const parsed = transferStateChangeData.shape.resource.safeParse(event.data.resource);
  return parsed.success ? parsed.data.id : null;
}

export function toTransferStateChange(event: WiseEvent): TransferStateChange {
  const data = eventData(event, transferStateChangeData);
  return Object.assign(new TransferStateChange(), {
    transferId: globalId("Transfer", data.resource.id),
    transferWiseId: data.resource.id,
    previousStatus: data.previous_state ? toEnum(TransferStatus, "TransferStatus", data.previous_state) : null,
    currentStatus: toEnum(TransferStatus, "TransferStatus", data.current_state),
    occurredAt: occurredAt(event, data.occurred_at),
    deliveryId: event.deliveryId,
  });
}
