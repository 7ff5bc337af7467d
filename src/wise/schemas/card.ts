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

/** One spending permission: a way of using the card, whether it is on, and whether it may be turned on. */
export const wiseCardPermission = z.object({
  type: z.string(),
  isEnabled: z.boolean(),
  isLocked: z.boolean(),
});
export type WiseCardPermission = z.infer<typeof wiseCardPermission>;

/** `GET /v3/spend/profiles/{profileId}/cards/{cardToken}/spending-permissions`. */
export const wiseCardPermissions = z.object({ permissions: z.array(wiseCardPermission) });

/** A card's production at a kiosk machine (Wise's ProductionStatus). */
export const wiseCardProduction = z.object({
  status: z.string(),
  kioskId: z.string().nullish(),
  occurredAt: z.string().nullish(),
  errorCode: z.string().nullish(),
  description: z.string().nullish(),
});
export type WiseCardProduction = z.infer<typeof wiseCardProduction>;
