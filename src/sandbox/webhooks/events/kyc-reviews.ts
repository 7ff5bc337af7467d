// kyc-reviews#state-change: a KYC review's state changed, made from the review record, its times
// as the KYC review endpoints write them (microseconds, no zone).

import type { KycReviewRecord } from "../../api/kyc-review/model.js";
import { microsLocal } from "../../api/kyc-review/view.js";
import type { SandboxEvent } from "../hub.js";

export function kycReviewStateChange(review: KycReviewRecord): SandboxEvent {
  return {
    eventType: "kyc-reviews#state-change",
    profileId: review.profileId,
    data: {
      resource: {
        id: review.id,
        state: review.status,
        profileId: review.profileId,
        requiredBy: null,
        createdAt: microsLocal(review.createdMs),
        updatedAt: microsLocal(review.updatedMs),
        triggerReferences: review.triggerReferences.map((reference) => ({ type: reference.type, triggerData: { ...reference.triggerData } })),
      },
    },
  };
}
