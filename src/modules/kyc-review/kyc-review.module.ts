import { createKycReviewLoaders } from "../../loaders/kyc-review.loader.js";
import { defineModule } from "../module.js";
import { KycReviewMutations } from "./kyc-review.mutations.js";
import { kycReviewNode } from "./kyc-review.node.js";
import { KycRequirementSubmitPayloadResolver, KycReviewResolver, ProfileKycReviewsResolver } from "./kyc-review.resolver.js";

/** KYC reviews: what Wise needs to verify a customer for an action, the Hosted KYC link, and requirement submissions. */
export const kycReviewModule = defineModule(() => ({
  resolvers: [ProfileKycReviewsResolver, KycReviewResolver, KycRequirementSubmitPayloadResolver, KycReviewMutations],
  nodeTypes: [kycReviewNode],
  loaders: createKycReviewLoaders,
}));
