import DataLoader from "dataloader";
import { getKycReview, listKycReviews } from "../wise/endpoints/kyc-reviews.js";
import type { WiseKycReview } from "../wise/schemas/kyc-review.js";
import type { WiseSession } from "../wise/session.js";

export interface KycReviewKey {
  profileId: number;
  kycReviewId: string;
}

/**
 * KYC reviews by profile (Wise's list, without requirements) and one by id (Wise's v2 read, with
 * its requirements): one call per distinct profile or review.
 */
export function createKycReviewLoaders(wise: () => WiseSession) {
  const kycReviewsByProfile = new DataLoader<number, WiseKycReview[]>((profileIds) =>
    Promise.all(profileIds.map((profileId) => listKycReviews(wise(), profileId).catch((error: Error) => error))),
  );
  const kycReviewById = new DataLoader<KycReviewKey, WiseKycReview, string>(
    (keys) => Promise.all(keys.map((key) => getKycReview(wise(), key.profileId, key.kycReviewId).catch((error: Error) => error))),
    { cacheKeyFn: (key) => `${key.profileId}:${key.kycReviewId.toLowerCase()}` },
  );
  return { kycReviewsByProfile, kycReviewById };
}
