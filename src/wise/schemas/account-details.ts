import { z } from "zod";
import { wiseDecimal, wiseId } from "./common.js";

const wiseDescription = z.object({
  title: z.string().nullish(),
  body: z.string().nullish(),
  cta: z.object({ label: z.string().nullish(), content: z.string().nullish() }).nullish(),
});

/** One labelled value of a receive option: its type (IBAN, BANK_CODE...), label and value. */
export const wiseAccountDetail = z.object({
  type: z.string(),
  title: z.string().nullish(),
  body: z.string().nullish(),
  description: wiseDescription.nullish(),
  hidden: z.boolean().nullish(),
});

/** `GET /v1/profiles/{profileId}/account-details`: one currency's details to receive money (issued or an example). */
export const wiseAccountDetails = z.object({
  id: wiseId.nullish(),
  currency: z.object({ code: z.string(), name: z.string().nullish() }),
  /** The balance the details belong to; -1 (or absent) while they are only an example. */
  balanceId: wiseDecimal.transform(Number).nullish(),
  title: z.string().nullish(),
  subtitle: z.string().nullish(),
  status: z.string(),
  deprecated: z.boolean().nullish(),
  receiveOptions: z
    .array(
      z.object({
        type: z.string(),
        title: z.string().nullish(),
        description: wiseDescription.nullish(),
        summaries: z.array(z.object({ type: z.string(), title: z.string().nullish(), description: wiseDescription.nullish() })).nullish(),
        details: z.array(wiseAccountDetail).nullish(),
      }),
    )
    .nullish(),
  bankFeatures: z.array(z.object({ key: z.string(), title: z.string().nullish(), supported: z.boolean() })).nullish(),
});

export type WiseAccountDetails = z.infer<typeof wiseAccountDetails>;

/** An order for account details (`POST /v1/.../account-details-orders`, `GET /v3/.../account-details-orders`). */
export const wiseAccountDetailsOrder = z.object({
  status: z.string(),
  currency: z.string(),
  requirements: z.array(z.object({ type: z.string(), status: z.string() })).nullish(),
});

export type WiseAccountDetailsOrder = z.infer<typeof wiseAccountDetailsOrder>;

const wiseBankDetailsPart = z.object({
  bankName: z.string().nullish(),
  bankAddress: z.string().nullish(),
  sortCode: z.string().nullish(),
  bankCode: z.string().nullish(),
  routingNumber: z.string().nullish(),
  accountNumber: z.string().nullish(),
  iban: z.string().nullish(),
  swiftCode: z.string().nullish(),
  type: z.string().nullish(),
});

/** `POST /v3/profiles/{profileId}/bank-details`: details issued on a balance. */
export const wiseBankDetails = z.object({
  id: z.union([z.string(), wiseId.transform(String)]),
  currency: z.string(),
  active: z.boolean().nullish(),
  localDetails: wiseBankDetailsPart.nullish(),
  internationalDetails: wiseBankDetailsPart.nullish(),
});

export type WiseBankDetails = z.infer<typeof wiseBankDetails>;

/** `POST .../account-details/payments/{paymentId}/returns`: the return made. */
export const wisePaymentReturn = z.object({ id: z.string() });

/** `GET /v4/profiles/{profileId}/multi-currency-account`. */
export const wiseMultiCurrencyAccount = z.object({
  id: wiseId,
  profileId: wiseId,
  recipientId: wiseId.nullish(),
  creationTime: z.string().nullish(),
  modificationTime: z.string().nullish(),
  active: z.boolean().nullish(),
  eligible: z.boolean().nullish(),
});

export type WiseMultiCurrencyAccount = z.infer<typeof wiseMultiCurrencyAccount>;

/** `GET /v4/multi-currency-account/eligibility`. */
export const wiseMcaEligibility = z.object({
  eligible: z.boolean(),
  eligibilityCode: z.string().nullish(),
  accountType: z.string().nullish(),
  ineligibilityReason: z.string().nullish(),
});

export type WiseMcaEligibility = z.infer<typeof wiseMcaEligibility>;
