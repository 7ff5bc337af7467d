// Batch group and payment initiation JSON as Wise's spec shows them (BatchGroup,
// PaymentInitiation): amounts as exact numbers, payInDetails only while the group is COMPLETED.

import Big from "big.js";
import { isoMicros } from "../../format.js";
import { dec } from "../../http.js";
import type { Decimal } from "../../model.js";
import { currencyScale } from "../../reference/currencies.js";
import type { Store } from "../../store.js";
import type { BatchGroupRecord, PaymentInitiationRecord } from "./model.js";
import { bankTransferPayIn } from "./pay-in.js";

/**
 * What the group's transfers cost together, fees included: the sum of each transfer's sourceValue
 * and fee (cancelled ones left out), at the source currency's scale. Pay-in details show it, and
 * balance funding debits it.
 */
export function groupTotal(store: Store, group: BatchGroupRecord): Decimal {
  let total = new Big(0);
  for (const id of group.transferIds) {
    const transfer = store.transfers.get(id);
    if (transfer !== undefined && transfer.status !== "cancelled") total = total.plus(transfer.sourceValue).plus(transfer.fee);
  }
  return total.toFixed(currencyScale(group.sourceCurrency));
}

/** The reference a bank transfer paying the group carries. */
export const payInReference = (group: BatchGroupRecord): string => `B${group.shortId}`;

export function batchGroupView(store: Store, group: BatchGroupRecord, status = group.status) {
  return {
    id: group.id,
    version: group.version,
    name: group.name,
    sourceCurrency: group.sourceCurrency,
    status,
    transferIds: group.transferIds,
    payInDetails:
      status === "COMPLETED"
        ? [
            {
              type: "bank_transfer",
              reference: payInReference(group),
              amount: dec(groupTotal(store, group)),
              currency: group.sourceCurrency,
              ...bankTransferPayIn(group.sourceCurrency),
            },
          ]
        : [],
  };
}

/** The answer of balance funding (batchGroupFund 200). */
export function batchPaymentView(group: BatchGroupRecord) {
  return {
    id: group.id,
    name: group.name,
    fileName: null,
    alreadyPaid: group.funding !== null,
    shortId: group.shortId,
    userId: group.userId,
    profileId: group.profileId,
    sourceCurrency: group.sourceCurrency,
    status: group.status,
    groupType: "API",
    transferIds: group.transferIds,
  };
}

export function paymentInitiationView(record: PaymentInitiationRecord) {
  return {
    id: record.id,
    batchGroupId: record.batchGroupId,
    reference: record.reference,
    userId: record.userId,
    profileId: record.profileId,
    type: "DIRECT_DEBIT",
    status: record.status,
    accountId: record.accountId,
    transferId: record.transferId,
    createdTime: isoMicros(record.createdMs * 1000),
  };
}
