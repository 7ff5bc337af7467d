import { z } from "zod";
import { wiseId } from "./common.js";

/** The address embedded in a v2 profile. */
export const wiseProfileAddress = z.object({
  id: wiseId,
  addressFirstLine: z.string().nullish(),
  city: z.string().nullish(),
  countryIso2Code: z.string().nullish(),
  countryIso3Code: z.string().nullish(),
  postCode: z.string().nullish(),
  stateCode: z.string().nullish(),
});

const profileCommon = {
  id: wiseId,
  publicId: z.string().nullish(),
  userId: wiseId.nullish(),
  address: wiseProfileAddress.nullish(),
  email: z.string().nullish(),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  avatar: z.string().nullish(),
  currentState: z.string().nullish(),
  contactDetails: z.object({ email: z.string().nullish(), phoneNumber: z.string().nullish() }).nullish(),
  fullName: z.string().nullish(),
};

/** `GET /v2/profiles/{id}` for a PERSONAL profile. */
export const wisePersonalProfile = z.object({
  ...profileCommon,
  type: z.literal("PERSONAL"),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  preferredName: z.string().nullish(),
  dateOfBirth: z.string().nullish(),
  phoneNumber: z.string().nullish(),
  secondaryAddresses: z.array(wiseProfileAddress).nullish(),
});

/** `GET /v2/profiles/{id}` for a BUSINESS profile. */
export const wiseBusinessProfile = z.object({
  ...profileCommon,
  type: z.literal("BUSINESS"),
  businessName: z.string().nullish(),
  registrationNumber: z.string().nullish(),
  descriptionOfBusiness: z.string().nullish(),
  webpage: z.string().nullish(),
  companyType: z.string().nullish(),
  companyRole: z.string().nullish(),
  businessFreeFormDescription: z.string().nullish(),
  firstLevelCategory: z.string().nullish(),
  secondLevelCategory: z.string().nullish(),
  operationalAddresses: z.array(wiseProfileAddress).nullish(),
});

/** A v2 profile, discriminated by `type` as Wise does. */
export const wiseProfile = z.discriminatedUnion("type", [wisePersonalProfile, wiseBusinessProfile]);

export type WiseProfile = z.infer<typeof wiseProfile>;
