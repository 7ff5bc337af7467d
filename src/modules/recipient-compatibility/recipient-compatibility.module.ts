import { defineModule } from "../module.js";
import { createRecipientCompatibilityLoaders } from "../../loaders/recipient-compatibility.loader.js";
import { RecipientCompatibilityResolver } from "./recipient-compatibility.resolver.js";

/** Whether a recipient can receive a quote's transfer (`Recipient.compatibility`). */
export const recipientCompatibilityModule = defineModule(() => ({
  resolvers: [RecipientCompatibilityResolver],
  loaders: createRecipientCompatibilityLoaders,
}));
