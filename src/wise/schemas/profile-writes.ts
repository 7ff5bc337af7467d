import { z } from "zod";
import { wiseDecimal, wiseId } from "./common.js";

/**
 * What a profile create or update answers, read only for the profile's id: Wise documents the
 * personal create answer as `{id, type, details}` and the others as the v2 profile, so the
 * caller reads the profile back with `GET /v2/profiles/{id}` for its full fields.
 */
export const wiseProfileWritten = z.object({ id: wiseId });

export type WiseProfileWritten = z.infer<typeof wiseProfileWritten>;

/** The address of a business representative (country as lowercase ISO 3166-1 alpha-3). */
const wiseRepresentativeAddress = z.object({
  addressFirstLine: z.string().nullish(),
  city: z.string().nullish(),
  countryIso3Code: z.string().nullish(),
  postCode: z.string().nullish(),
  stateCode: z.string().nullish(),
});

/** `GET /v3/profiles/{id}/business-profile/business-representative` (beta). */
export const wiseBusinessRepresentative = z.object({
  businessRepresentativeId: wiseId,
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  preferredName: z.string().nullish(),
  dateOfBirth: z.string().nullish(),
  address: wiseRepresentativeAddress.nullish(),
  contactDetails: z.object({ email: z.string().nullish(), phoneNumber: z.string().nullish() }).nullish(),
});

export type WiseBusinessRepresentative = z.infer<typeof wiseBusinessRepresentative>;

/** `POST /v3/profiles/{id}/verification-status/bank-transfer`: one route per source currency. */
export const wiseBankTransferVerification = z.object({
  routes: z.array(
    z.object({
      source_currency: z.string(),
      maximum_entitled_amount: wiseDecimal.nullish(),
      current_status: z.string(),
    }),
  ),
  request_id: z.string().nullish(),
});

export type WiseBankTransferVerification = z.infer<typeof wiseBankTransferVerification>;
