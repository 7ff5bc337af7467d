import { z } from "zod";
import { isJsonNumber, jsonNumberText, type JsonNumber } from "../json.js";
import { wiseId } from "./common.js";

/** A director of a business profile (`GET /v1/profiles/{profileId}/directors`). */
export const wiseDirector = z.object({
  id: wiseId,
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  dateOfBirth: z.string().nullish(),
  countryOfResidenceIso3Code: z.string().nullish(),
});
export type WiseDirector = z.infer<typeof wiseDirector>;

/** A whole percent, a JSON integer; Wise sends null where it does not ask for one. */
const wisePercentage = z
  .custom<JsonNumber>((value) => isJsonNumber(value), { message: "expected a JSON number" })
  .transform(jsonNumberText)
  .refine((digits) => /^\d{1,3}$/.test(digits), { message: "expected a whole percent" })
  .transform(Number);

/** An ultimate beneficial owner of a business profile (`GET /v1/profiles/{profileId}/ubos`); its id is a hex string. */
export const wiseUbo = z.object({
  id: z.string(),
  name: z.string().nullish(),
  dateOfBirth: z.string().nullish(),
  countryOfResidenceIso3Code: z.string().nullish(),
  addressFirstLine: z.string().nullish(),
  postCode: z.string().nullish(),
  ownershipPercentage: wisePercentage.nullish(),
});
export type WiseUbo = z.infer<typeof wiseUbo>;
