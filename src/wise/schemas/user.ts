import { z } from "zod";
import { wiseId } from "./common.js";

/** The address embedded in a v1 user's details. */
export const wiseUserAddress = z.object({
  countryCode: z.string().nullish(),
  firstLine: z.string().nullish(),
  postCode: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  occupation: z.string().nullish(),
});

/** `GET /v1/me`, `GET /v1/users/{userId}` and the user signup makes (with `name` and `details` null). */
export const wiseUser = z.object({
  id: wiseId,
  name: z.string().nullish(),
  email: z.string(),
  active: z.boolean(),
  details: z
    .object({
      firstName: z.string().nullish(),
      lastName: z.string().nullish(),
      phoneNumber: z.string().nullish(),
      dateOfBirth: z.string().nullish(),
      occupation: z.string().nullish(),
      avatar: z.string().nullish(),
      primaryAddress: wiseId.nullish(),
      address: wiseUserAddress.nullish(),
    })
    .nullish(),
});

export type WiseUser = z.infer<typeof wiseUser>;

/** `GET`/`PUT /v1/users/{userId}/contact-email`. */
export const wiseContactEmail = z.object({ email: z.string().nullish() });

/** `POST /v1/users/exists`. */
export const wiseUserExists = z.object({ exists: z.boolean() });

/** `POST /v1/user/claim-account`. */
export const wiseClaimAccountCode = z.object({ claimAccountCode: z.string().min(1) });

/** A verified phone number of a user (user security). */
export const wisePhoneNumber = z.object({
  id: wiseId,
  phoneNumber: z.string(),
  type: z.string(),
  verified: z.boolean(),
  clientId: z.string().nullish(),
});

export type WisePhoneNumber = z.infer<typeof wisePhoneNumber>;
