import { z } from "zod";
import { wiseDecimal, wiseId } from "./common.js";

const payInAddress = z.object({
  name: z.string().nullish(),
  firstLine: z.string().nullish(),
  postCode: z.string().nullish(),
  city: z.string().nullish(),
  stateCode: z.string().nullish(),
  country: z.string().nullish(),
});

/** One way to pay a completed batch group (today only `bank_transfer`), with the total to pay. */
export const wisePayInDetails = z.object({
  type: z.string(),
  reference: z.string(),
  amount: wiseDecimal,
  currency: z.string(),
  name: z.string().nullish(),
  branchName: z.string().nullish(),
  accountNumber: z.string().nullish(),
  accountType: z.string().nullish(),
  bankCode: z.string().nullish(),
  bankAddress: payInAddress.nullish(),
  transferWiseAddress: payInAddress.nullish(),
  iban: z.string().nullish(),
  bban: z.string().nullish(),
  institutionNumber: z.string().nullish(),
  transitNumber: z.string().nullish(),
  beneficiaryBankBIC: z.string().nullish(),
  intermediaryBankBIC: z.string().nullish(),
  fpsIdentifier: z.string().nullish(),
  clearingNumber: z.string().nullish(),
});

/** `GET /v3/profiles/{profileId}/batch-groups/{batchGroupId}`: a batch group. */
export const wiseBatchGroup = z.object({
  id: z.string(),
  // Signed and not ordered: only ever compared for equality, and sent back as Wise gave it.
  version: wiseDecimal.refine((digits) => /^-?\d+$/.test(digits) && Number.isSafeInteger(Number(digits)), { message: "expected an integer version" }).transform(Number),
  name: z.string(),
  sourceCurrency: z.string(),
  status: z.string(),
  transferIds: z.array(wiseId),
  payInDetails: z.array(wisePayInDetails).nullish(),
});

/** `POST /v3/profiles/{profileId}/batch-payments/{batchGroupId}/payments`: the funded batch. */
export const wiseBatchPayment = z.object({
  id: z.string(),
  name: z.string().nullish(),
  alreadyPaid: z.boolean().nullish(),
  profileId: wiseId.nullish(),
  sourceCurrency: z.string().nullish(),
  status: z.string(),
  groupType: z.string().nullish(),
  transferIds: z.array(wiseId),
});

/** A direct-debit payment initiation of a batch group. */
export const wisePaymentInitiation = z.object({
  id: wiseId,
  batchGroupId: z.string(),
  reference: z.string(),
  profileId: wiseId.nullish(),
  type: z.string(),
  status: z.string(),
  accountId: wiseId,
  transferId: wiseId.nullish(),
  createdTime: z.string(),
});

export type WiseBatchGroup = z.infer<typeof wiseBatchGroup>;
export type WisePayInDetails = z.infer<typeof wisePayInDetails>;
export type WiseBatchPayment = z.infer<typeof wiseBatchPayment>;
export type WisePaymentInitiation = z.infer<typeof wisePaymentInitiation>;
