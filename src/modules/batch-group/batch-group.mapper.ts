import { toEnum } from "../../common/enum.js";
import { Money } from "../../common/money.type.js";
import { globalId } from "../../common/node/global-id.js";
import type { WiseBatchGroup, WisePayInDetails, WisePaymentInitiation } from "../../wise/schemas/batch-group.js";
import { BatchGroupStatus, PaymentInitiationStatus } from "./batch-group.enums.js";
import { BatchGroup, BatchGroupPayInAddress, BatchGroupPayInDetails, BatchGroupPaymentInitiation } from "./batch-group.type.js";

type WiseAddress = NonNullable<WisePayInDetails["bankAddress"]>;

function toAddress(wise: WiseAddress | null | undefined): BatchGroupPayInAddress | null {
  if (!wise) return null;
  return Object.assign(new BatchGroupPayInAddress(), {
    name: wise.name ?? null,
    firstLine: wise.firstLine ?? null,
    postCode: wise.postCode ?? null,
    city: wise.city ?? null,
    stateCode: wise.stateCode ?? null,
    country: wise.country ?? null,
  });
}

function toPayInDetails(wise: WisePayInDetails): BatchGroupPayInDetails {
  return Object.assign(new BatchGroupPayInDetails(), {
    type: wise.type,
    reference: wise.reference,
    amount: Money.of(wise.amount, wise.currency),
    name: wise.name ?? null,
    branchName: wise.branchName ?? null,
    accountNumber: wise.accountNumber ?? null,
    accountType: wise.accountType ?? null,
    bankCode: wise.bankCode ?? null,
    iban: wise.iban ?? null,
    bban: wise.bban ?? null,
    institutionNumber: wise.institutionNumber ?? null,
    transitNumber: wise.transitNumber ?? null,
    beneficiaryBankBIC: wise.beneficiaryBankBIC ?? null,
    intermediaryBankBIC: wise.intermediaryBankBIC ?? null,
    fpsIdentifier: wise.fpsIdentifier ?? null,
    clearingNumber: wise.clearingNumber ?? null,
    bankAddress: toAddress(wise.bankAddress),
    wiseAddress: toAddress(wise.transferWiseAddress),
  });
}

/** A Wise batch group as the GraphQL BatchGroup of its profile. */
export function toBatchGroup(profileId: number, wise: WiseBatchGroup): BatchGroup {
  const payInDetails = (wise.payInDetails ?? []).map(toPayInDetails);
  // Every pay-in method prices the same transfers; the bank transfer's amount is Wise's total.
  const total = payInDetails.find((details) => details.type === "bank_transfer") ?? payInDetails[0];
  return Object.assign(new BatchGroup(), {
    id: globalId("BatchGroup", profileId, wise.id),
    wiseId: wise.id,
    name: wise.name,
    status: toEnum(BatchGroupStatus, "BatchGroupStatus", wise.status),
    currency: wise.sourceCurrency,
    version: wise.version,
    transferCount: wise.transferIds.length,
    total: total?.amount ?? null,
    payInDetails,
    profileId,
    transferIds: wise.transferIds,
  });
}

export function toPaymentInitiation(wise: WisePaymentInitiation): BatchGroupPaymentInitiation {
  const created = new Date(wise.createdTime);
  return Object.assign(new BatchGroupPaymentInitiation(), {
    wiseId: wise.id,
    reference: wise.reference,
    status: toEnum(PaymentInitiationStatus, "BatchGroupPaymentInitiationStatus", wise.status),
    directDebitAccountId: wise.accountId,
    transferWiseId: wise.transferId ?? null,
    createdAt: Number.isNaN(created.getTime()) ? null : created,
  });
}
