import { defineModule } from "../module.js";
import { ContactMutations } from "./contact.mutations.js";

/** Contacts: another Wise profile found by Wisetag, email or phone number (`contactCreate`). */
export const contactModule = defineModule(() => ({
  resolvers: [ContactMutations],
}));
