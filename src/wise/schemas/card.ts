import { z } from "zod";
import { wiseId } from "./common.js";

/** A card's program: its name, scheme, default currency and type (PHYSICAL, VIRTUAL_NON_UPGRADEABLE...). */
export const wiseCardProgram = z.object({
  name: z.string(),
  scheme: z.string(),
  defaultCurrency: z.string(),
  cardType: z.string(),
});

/** `GET /v3/spend/profiles/{profileId}/cards/{cardToken}`: one card. */
export const wiseCard = z.object({
  token: z.string(),
  profileId: wiseId,
  clientId: z.string().nullish(),
  status: z.object({ value: z.string() }),
  cardHolderName: z.string(),
  expiryDate: z.string(),
  lastFourDigits: z.string(),
  bankIdentificationNumber: z.string().nullish(),
  phoneNumber: z.string().nullish(),
  cardProgram: wiseCardProgram,
  creationTime: z.string(),
  modificationTime: z.string(),
});
export type WiseCard = z.infer<typeof wiseCard>;

/** `GET /v3/spend/profiles/{profileId}/cards`: one page of a profile's cards and how many it has. */
export const wiseCardPage = z.object({
  cards: z.array(wiseCard),
  totalCount: wiseId,
});
export type WiseCardPage = z.infer<typeof wiseCardPage>;
