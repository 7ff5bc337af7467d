import type { WiseDepositDetails, WiseDirectDebitAccount } from "../../wise/schemas/funding.js";
import { DepositAccountDetail, DepositDetails, PayInAddress } from "./deposit-details.type.js";
import { DirectDebitAccount } from "./direct-debit-account.type.js";
import { BankAccountType, DirectDebitType } from "./funding.enums.js";

type WiseAddress = NonNullable<WiseDepositDetails["payinBank"]["bankAddress"]>;

function toAddress(address: WiseAddress | null | undefined): PayInAddress | null {
  if (!address) return null;
  return Object.assign(new PayInAddress(), {
    country: address.country,
    firstLine: address.firstLine ?? null,
    postCode: address.postCode ?? null,
    city: address.city ?? null,
    state: address.state ?? null,
    phone: address.phone ?? null,
  });
}

export function toDepositDetails(wise: WiseDepositDetails): DepositDetails {
  return Object.assign(new DepositDetails(), {
    bankName: wise.payinBank.bankName,
    bankAddress: toAddress(wise.payinBank.bankAddress),
    currency: wise.payinBankAccount.currency,
    bankAccountType: wise.payinBankAccount.bankAccountType ?? null,
    // rawValue is the value to type; Wise's older `value` stands in when it is missing.
    accountDetails: wise.payinBankAccount.details.map((d) =>
      Object.assign(new DepositAccountDetail(), {
        type: d.type,
        label: d.label,
        value: d.rawValue ?? d.value ?? "",
        formattedValue: d.formattedValue ?? null,
        description: d.description ?? null,
      }),
    ),
    wiseCompanyName: wise.wiseInformation?.localCompanyName ?? null,
    wiseCompanyAddress: toAddress(wise.wiseInformation?.localAddress),
  });
}

const ACCOUNT_TYPES = new Set<string>(Object.values(BankAccountType));

export function toDirectDebitAccount(wise: WiseDirectDebitAccount): DirectDebitAccount {
  const accountType = wise.details.accountType;
  return Object.assign(new DirectDebitAccount(), {
    wiseId: wise.id,
    type: wise.type as DirectDebitType,
    currency: wise.currency,
    routingNumber: wise.details.routingNumber,
    accountNumber: wise.details.accountNumber,
    accountType: accountType && ACCOUNT_TYPES.has(accountType) ? (accountType as BankAccountType) : null,
  });
}
