// profiles#verification-state-change: whether Wise has verified a profile changed, made from the
// profile's id and its new state.

import { webhookTime, type SandboxEvent } from "../hub.js";

export function profileVerificationStateChange(profileId: number, verified: boolean, nowMs: number): SandboxEvent {
  return {
    eventType: "profiles#verification-state-change",
    profileId,
    data: { resource: { type: "profile", id: profileId }, current_state: verified ? "verified" : "not_verified", occurred_at: webhookTime(nowMs) },
  };
}
