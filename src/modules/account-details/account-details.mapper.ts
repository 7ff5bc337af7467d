import { toEnum } from "../../common/enum.js";
import { globalId } from "../../common/node/global-id.js";
import { parseOptionalWiseTime } from "../../common/time.js";
import type { WiseAccountDetails, WiseAccountDetailsOrder, WiseMcaEligibility, WiseMultiCurrencyAccount } from "../../wise/schemas/account-details.js";
import {
  BankAccountDetailsOrderStatus,
  BankAccountDetailsRequirementStatus,
  BankAccountDetailsRequirementType,
  BankAccountDetailsStatus,
  BankReceiveOptionType,
  MultiCurrencyAccountType,
} from "./account-details.enums.js";
import { BankAccountDetailsOrder, BankAccountDetailsRequirement } from "./bank-account-details-order.type.js";
import { BankAccountDetail, BankAccountDetails, BankFeature, BankReceiveOption, BankReceiveOptionSummary } from "./bank-account-details.type.js";
import { MultiCurrencyAccount, MultiCurrencyAccountEligibility } from "./multi-currency-account.type.js";

type WiseReceiveOption = NonNullable<WiseAccountDetails["receiveOptions"]>[number];

function toReceiveOption(currency: string, wise: WiseReceiveOption): BankReceiveOption {
  const details = (wise.details ?? []).map((d) =>
    Object.assign(new BankAccountDetail(), { type: d.type, label: d.title ?? d.type, value: d.body ?? "", hidden: d.hidden ?? false }),
  );
  const valueOf = (...types: string[]) => details.find((d) => types.includes(d.type))?.value ?? null;
  // "Bank name and address" is one multi-line value: the name, then the address.
  const [nameLine, ...addressLines] = (valueOf("BANK_NAME_AND_ADDRESS") ?? "").split("\n");
  const bankCode = valueOf("BANK_CODE");
  return Object.assign(new BankReceiveOption(), {
    type: toEnum(BankReceiveOptionType, "BankReceiveOptionType", wise.type),
    title: wise.title ?? wise.type,
    description: wise.description?.body ?? null,
    available: details.length > 0,
    accountHolder: valueOf("ACCOUNT_HOLDER"),
    accountNumber: valueOf("ACCOUNT_NUMBER"),
    iban: valueOf("IBAN"),
    swiftCode: valueOf("SWIFT_CODE"),
    bankCode,
    sortCode: currency === "GBP" ? bankCode : null,
    routingNumber: valueOf("ROUTING_NUMBER"),
    accountType: valueOf("ACCOUNT_TYPE"),
    bankName: valueOf("BANK_NAME", "PARTNER_BANK_NAME") ?? (nameLine || null),
    bankAddress: addressLines.length > 0 ? addressLines.join(", ") : (valueOf("ADDRESS")?.split("\n").join(", ") ?? null),
    paymentNetwork: valueOf("SUPPORTED_PAYMENT_NETWORK"),
    details,
    summaries: (wise.summaries ?? []).map((s) => Object.assign(new BankReceiveOptionSummary(), { type: s.type, title: s.title ?? "" })),
  });
}

/** Wise's account details entry to the GraphQL BankAccountDetails. */
export function toBankAccountDetails(profileId: number, wise: WiseAccountDetails): BankAccountDetails {
  const currency = wise.currency.code;
  const receiveOptions = (wise.receiveOptions ?? []).map((option) => toReceiveOption(currency, option));
  const balanceId = wise.balanceId ?? null;
  return Object.assign(new BankAccountDetails(), {
    wiseId: wise.id ?? null,
    currency,
    currencyName: wise.currency.name ?? currency,
    status: toEnum(BankAccountDetailsStatus, "BankAccountDetailsStatus", wise.status),
    title: wise.title ?? currency,
    subtitle: wise.subtitle ?? null,
    deprecated: wise.deprecated ?? false,
    local: receiveOptions.find((o) => o.type === BankReceiveOptionType.LOCAL) ?? null,
    international: receiveOptions.find((o) => o.type === BankReceiveOptionType.INTERNATIONAL) ?? null,
    receiveOptions,
    bankFeatures: (wise.bankFeatures ?? []).map((f) => Object.assign(new BankFeature(), { key: f.key, title: f.title ?? f.key, supported: f.supported })),
    balanceWiseId: balanceId !== null && balanceId > 0 ? balanceId : null,
    profileId,
  });
}

export function toBankAccountDetailsOrder(wise: WiseAccountDetailsOrder): BankAccountDetailsOrder {
  return Object.assign(new BankAccountDetailsOrder(), {
    currency: wise.currency,
    status: toEnum(BankAccountDetailsOrderStatus, "BankAccountDetailsOrderStatus", wise.status),
    requirements: (wise.requirements ?? []).map((r) =>
      Object.assign(new BankAccountDetailsRequirement(), {
        type: toEnum(BankAccountDetailsRequirementType, "BankAccountDetailsRequirementType", r.type),
        status: toEnum(BankAccountDetailsRequirementStatus, "BankAccountDetailsRequirementStatus", r.status),
      }),
    ),
  });
}

export function toMultiCurrencyAccount(wise: WiseMultiCurrencyAccount): MultiCurrencyAccount {
  return Object.assign(new MultiCurrencyAccount(), {
    id: globalId("MultiCurrencyAccount", wise.profileId),
    wiseId: wise.id,
    recipientWiseId: wise.recipientId ?? null,
    active: wise.active ?? true,
    eligible: wise.eligible ?? true,
    createdAt: parseOptionalWiseTime(wise.creationTime),
    updatedAt: parseOptionalWiseTime(wise.modificationTime),
    profileId: wise.profileId,
  });
}

export function toEligibility(wise: WiseMcaEligibility): MultiCurrencyAccountEligibility {
  return Object.assign(new MultiCurrencyAccountEligibility(), {
    eligible: wise.eligible,
    code: wise.eligibilityCode ?? null,
    accountType: toEnum(MultiCurrencyAccountType, "MultiCurrencyAccountType", wise.accountType ?? (wise.eligible ? "FULL" : "INELIGIBLE")),
    reason: wise.ineligibilityReason ?? null,
  });
}
