import { registerEnumType } from "type-graphql";

export enum DirectDebitType {
  ACH = "ACH",
  EFT = "EFT",
}

registerEnumType(DirectDebitType, {
  name: "DirectDebitType",
  description: "The direct debit scheme an external bank account is pulled through.",
  valuesConfig: {
    ACH: { description: "A US direct debit, in USD." },
    EFT: { description: "A Canadian direct debit, in CAD." },
  },
});

/** The currency each scheme debits in. */
export const DIRECT_DEBIT_CURRENCY: Readonly<Record<DirectDebitType, string>> = { ACH: "USD", EFT: "CAD" };

export enum BankAccountType {
  CHECKING = "CHECKING",
  SAVINGS = "SAVINGS",
}

registerEnumType(BankAccountType, {
  name: "BankAccountType",
  description: "The kind of an external bank account.",
  valuesConfig: {
    CHECKING: { description: "A checking (current) account." },
    SAVINGS: { description: "A savings account." },
  },
});
