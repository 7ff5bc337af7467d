import { z } from "zod";
import { wiseId } from "./common.js";
import { wiseConfirmations } from "./recipient-compatibility.js";

/** `GET /v2/accounts/{id}`: a recipient in the v2 shape (PascalCase `type`, display fields). */
export const wiseRecipient = z.object({
  id: wiseId,
  creatorId: wiseId.nullish(),
  profileId: wiseId.nullish(),
  name: z.object({ fullName: z.string().nullish(), givenName: z.string().nullish(), familyName: z.string().nullish() }).nullish(),
  currency: z.string(),
  country: z.string().nullish(),
  type: z.string(),
  legalEntityType: z.string().nullish(),
  email: z.string().nullish(),
  active: z.boolean().nullish(),
  details: z.record(z.string(), z.unknown()).nullish(),
  accountSummary: z.string().nullish(),
  longAccountSummary: z.string().nullish(),
  displayFields: z.array(z.object({ key: z.string(), label: z.string().nullish(), value: z.string().nullish() })).nullish(),
  isDefaultAccount: z.boolean().nullish(),
  ownedByCustomer: z.boolean().nullish(),
  /** Present only where Wise checked the recipient's details with their bank. */
  confirmations: wiseConfirmations.nullish(),
});

/** `GET /v2/accounts`: a page, with seek positions present only when they apply. */
export const wiseRecipientPage = z.object({
  content: z.array(wiseRecipient),
  size: wiseId.nullish(),
  seekPositionForNext: wiseId.nullish(),
  seekPositionForCurrent: wiseId.nullish(),
});

/** `POST /v1/accounts` answers in the older v1 shape (lower-case `type`, `details` with Wise's keys). */
export const wiseRecipientV1 = z.object({
  id: wiseId,
  profile: wiseId.nullish(),
  accountHolderName: z.string().nullish(),
  currency: z.string(),
  country: z.string().nullish(),
  type: z.string(),
  active: z.boolean().nullish(),
});

export type WiseRecipient = z.infer<typeof wiseRecipient>;
export type WiseRecipientPage = z.infer<typeof wiseRecipientPage>;
export type WiseRecipientV1 = z.infer<typeof wiseRecipientV1>;
