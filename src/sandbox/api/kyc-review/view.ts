// KYC review JSON: times with microseconds and no zone ("2024-09-03T16:22:02.257725"), as Wise
// shows them; `requirements` only in the v2 read.

import type { KycReviewRecord } from "./model.js";

/** A time as the KYC review endpoints write it: "2024-09-03T16:22:02.257000" (microseconds, no zone). */
export function microsLocal(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}000`;
}

export function kycReviewView(review: KycReviewRecord, version: 1 | 2): Record<string, unknown> {
  return {
    id: review.id,
    createdAt: microsLocal(review.createdMs),
    updatedAt: microsLocal(review.updatedMs),
    requiredBy: null,
    status: review.status,
    ...(review.link ? { link: { value: review.link.value, expiresAt: microsLocal(review.link.expiresMs) } } : {}),
    triggerReferences: review.triggerReferences,
    redirectUrl: review.redirectUrl,
    ...(version === 2
      ? {
          // A group with a verified requirement blocks nothing any more; a rejected one is to provide again.
          requirements: review.requirements
            .filter((group) => !group.some((requirement) => requirement.state === "VERIFIED"))
            .map((group) =>
              group.map((requirement) => ({
                key: requirement.key,
                state: requirement.state === "IN_REVIEW" ? "IN_REVIEW" : "NOT_PROVIDED",
                apiCollectionSupported: requirement.apiCollectionSupported,
                ...(requirement.apiCollectionSupported ? { versions: [{ version: "v1", validUntil: null }] } : {}),
              })),
            ),
        }
      : {}),
  };
}
