import { z } from "zod";

/** `POST /v2/profiles/{profileId}/contacts`: the Wise profile an identifier found, as a contact. */
export const wiseContact = z.object({
  contactId: z.string(),
  name: z.string().nullish(),
});

export type WiseContact = z.infer<typeof wiseContact>;
