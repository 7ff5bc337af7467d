import { defineModule } from "../module.js";
import { RecipientConfirmationMutations } from "./recipient-confirmations.mutations.js";
import { RecipientMutations } from "./recipient.mutations.js";
import { recipientNode } from "./recipient.node.js";
import { ProfileRecipientsResolver, RecipientCreatePayloadResolver, RecipientResolver } from "./recipient.resolver.js";

/** Recipients (Wise's accounts) and their requirement forms. Its loader is in the transfer module's money loaders. */
export const recipientModule = defineModule(() => ({
  resolvers: [ProfileRecipientsResolver, RecipientResolver, RecipientCreatePayloadResolver, RecipientMutations, RecipientConfirmationMutations],
  nodeTypes: [recipientNode],
}));
