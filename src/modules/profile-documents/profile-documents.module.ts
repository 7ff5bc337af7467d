import { defineModule } from "../module.js";
import { IdentityDocumentMutations } from "./identity-document.mutations.js";
import { IdentityDocumentCreatePayloadResolver, IdentityDocumentUpdatePayloadResolver } from "./identity-document.resolver.js";

/** A personal profile's identification documents (their details; Wise serves no read of them). */
export const profileDocumentsModule = defineModule(() => ({
  resolvers: [IdentityDocumentMutations, IdentityDocumentCreatePayloadResolver, IdentityDocumentUpdatePayloadResolver],
}));
