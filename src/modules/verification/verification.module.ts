import { createVerificationLoaders } from "../../loaders/verification.loader.js";
import { defineModule } from "../module.js";
import { VerificationMutations } from "./verification.mutations.js";
import { ProfileVerificationResolver, VerificationDocumentUploadPayloadResolver, VerificationEvidencesSubmitPayloadResolver } from "./verification.resolver.js";

/** Additional customer verification: the evidences Wise asks of a profile, and their submission (answers and documents). */
export const verificationModule = defineModule(() => ({
  resolvers: [ProfileVerificationResolver, VerificationEvidencesSubmitPayloadResolver, VerificationDocumentUploadPayloadResolver, VerificationMutations],
  loaders: createVerificationLoaders,
}));
