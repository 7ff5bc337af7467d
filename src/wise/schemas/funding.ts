import { z } from "zod";
import { wiseId } from "./common.js";

const wisePayinAddress = z.object({
  country: z.string(),
  firstLine: z.string().nullish(),
  postCode: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  phone: z.string().nullish(),
});

/** `GET /v1/profiles/{profileId}/transfers/{transferId}/deposit-details/bank-transfer`: where to send the money. */
export const wiseDepositDetails = z.object({
  payinBank: z.object({ bankName: z.string(), bankAddress: wisePayinAddress.nullish() }),
  payinBankAccount: z.object({
    currency: z.string(),
    bankAccountType: z.string().nullish(),
    details: z.array(
      z.object({
        type: z.string(),
        label: z.string(),
        /** Deprecated at Wise in favour of rawValue; read when rawValue is missing. */
        value: z.string().nullish(),
        rawValue: z.string().nullish(),
        formattedValue: z.string().nullish(),
        description: z.string().nullish(),
      }),
    ),
  }),
  wiseInformation: z.object({ localCompanyName: z.string(), localAddress: wisePayinAddress.nullish() }).nullish(),
});

export type WiseDepositDetails = z.infer<typeof wiseDepositDetails>;

/** A direct debit account: the external bank account Wise pulls money from (ACH in USD, EFT in CAD). */
export const wiseDirectDebitAccount = z.object({
  id: wiseId,
  currency: z.string(),
  type: z.string(),
  details: z.object({ routingNumber: z.string(), accountNumber: z.string(), accountType: z.string().nullish() }),
});

export type WiseDirectDebitAccount = z.infer<typeof wiseDirectDebitAccount>;

export interface WiseDirectDebitAccountRequest {
  currency: string;
  type: "ACH" | "EFT";
  details: { routingNumber: string; accountNumber: string; accountType: "CHECKING" | "SAVINGS" };
}
