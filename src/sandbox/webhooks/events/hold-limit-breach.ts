// hold-limit-breach#update: a profile's holdings passed its hold limit (OPEN) or came back under
// it (CLOSED), made from the breach record. Wise has this event in schema 4.0.0 only, its times
// in whole seconds as the spec's examples write them.

import type { HoldLimitBreachRecord } from "../../api/funding/state.js";
import { webhookTime, type SandboxEvent } from "../hub.js";
import { exactNumber } from "./values.js";

export function holdLimitBreachUpdate(breach: HoldLimitBreachRecord, nowMs: number): SandboxEvent {
  return {
    eventType: "hold-limit-breach#update",
    profileId: breach.profileId,
    data: {
      resource: { type: "hold-limit-breach", hold_limit_breach_id: breach.id, profile_id: breach.profileId },
      amount: exactNumber(breach.amount),
      currency: breach.currency,
      state: breach.state,
      closing_reason: breach.closingReason,
      created_at: webhookTime(breach.createdMs),
      updated_at: webhookTime(breach.updatedMs),
      occurred_at: webhookTime(nowMs),
    },
  };
}
