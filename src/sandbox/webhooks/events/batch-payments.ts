// batch-payment-initiations#state-change: a batch group's direct-debit payment initiation changed
// state, made from its record. Wise writes this event in camelCase, its time with microseconds.

import type { PaymentInitiationRecord, PaymentInitiationStatus } from "../../api/batch-group/model.js";
import { isoMicros } from "../../format.js";
import type { SandboxEvent } from "../hub.js";

/** The initiation moved from `previous` (null: it was just made) to its current status. */
export function paymentInitiationStateChange(record: PaymentInitiationRecord, previous: PaymentInitiationStatus | null, nowMs: number): SandboxEvent {
  return {
    eventType: "batch-payment-initiations#state-change",
    profileId: record.profileId,
    data: {
      resource: { id: record.id, batchGroupId: record.batchGroupId, profileId: record.profileId },
      previousStatus: previous,
      currentStatus: record.status,
      occurredAt: isoMicros(nowMs * 1000),
      // The direct debit's network has not answered yet: no return code.
      returnCode: null,
    },
  };
}
