import { toEnum } from "../../common/enum.js";
import { globalId } from "../../common/node/global-id.js";
import { parseOptionalWiseTime, parseWiseTime } from "../../common/time.js";
import type { WiseKycRequirement, WiseKycReview } from "../../wise/schemas/kyc-review.js";
import { KycRequirementState, KycReviewStatus } from "./kyc-review.enums.js";
import { KycHostedLink, KycRequirement, KycRequirementGroup, KycReview, KycReviewTrigger } from "./kyc-review.type.js";

export function toKycReview(profileId: number, wise: WiseKycReview): KycReview {
  return Object.assign(new KycReview(), {
    id: globalId("KycReview", profileId, wise.id),
    wiseId: wise.id,
    status: toEnum(KycReviewStatus, "KycReviewStatus", wise.status),
    createdAt: parseWiseTime(wise.createdAt),
    updatedAt: parseWiseTime(wise.updatedAt),
    requiredBy: parseOptionalWiseTime(wise.requiredBy),
    hostedLink: wise.link ? Object.assign(new KycHostedLink(), { url: wise.link.value, expiresAt: parseWiseTime(wise.link.expiresAt) }) : null,
    redirectUrl: wise.redirectUrl ?? null,
    triggers: (wise.triggerReferences ?? []).map((reference) => {
      const id = reference.triggerData?.id;
      return Object.assign(new KycReviewTrigger(), {
        type: reference.type,
        triggerId: typeof id === "string" || typeof id === "number" ? String(id) : null,
        data: reference.triggerData ?? {},
      });
    }),
    profileWiseId: profileId,
    wiseRequirements: wise.requirements ?? null,
  });
}

export function toRequirementGroups(groups: WiseKycRequirement[][]): KycRequirementGroup[] {
  return groups.map((group) =>
    Object.assign(new KycRequirementGroup(), {
      anyOf: group.map((item) =>
        Object.assign(new KycRequirement(), {
          key: item.key,
          state: toEnum(KycRequirementState, "KycRequirementState", item.state),
          apiCollectionSupported: item.apiCollectionSupported,
        }),
      ),
    }),
  );
}

/** Reads a KycReview's global id into its profile and Wise's review UUID. */
export function splitKycReviewKey(key: string): { profileId: number; kycReviewId: string } {
  const colon = key.indexOf(":");
  return { profileId: Number(key.slice(0, colon)), kycReviewId: key.slice(colon + 1) };
}
