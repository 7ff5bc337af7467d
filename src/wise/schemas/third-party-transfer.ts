import { z } from "zod";
import { wiseDecimal, wiseId } from "./common.js";

/** The originator of a third-party transfer: the partner's customer the money is sent for. */
export const wiseOriginator = z.object({
  legalEntityType: z.string(),
  reference: z.string().nullish(),
  name: z
    .object({
      givenName: z.string().nullish(),
      middleNames: z.array(z.string()).nullish(),
      familyName: z.string().nullish(),
      patronymicName: z.string().nullish(),
      fullName: z.string().nullish(),
    })
    .nullish(),
  dateOfBirth: z.string().nullish(),
  businessRegistrationCode: z.string().nullish(),
  address: z
    .object({
      firstLine: z.string().nullish(),
      city: z.string().nullish(),
      stateCode: z.string().nullish(),
      countryCode: z.string().nullish(),
      postCode: z.string().nullish(),
    })
    .nullish(),
  accountDetails: z.string().nullish(),
});

/** `POST/GET /v2/profiles/{pid}/third-party-transfers[/{id}]`: a transfer with its originator; `quote` is the quote's UUID. */
export const wiseThirdPartyTransfer = z.object({
  id: wiseId,
  targetAccount: wiseId.nullish(),
  quote: z.string().nullish(),
  status: z.string(),
  rate: wiseDecimal.nullish(),
  created: z.string().nullish(),
  originator: wiseOriginator.nullish(),
  sourceCurrency: z.string().nullish(),
  sourceValue: wiseDecimal.nullish(),
  targetCurrency: z.string().nullish(),
  targetValue: wiseDecimal.nullish(),
  originalTransferId: z.string().nullish(),
});

export type WiseOriginator = z.infer<typeof wiseOriginator>;
export type WiseThirdPartyTransfer = z.infer<typeof wiseThirdPartyTransfer>;
