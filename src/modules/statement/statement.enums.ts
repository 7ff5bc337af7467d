import { registerEnumType } from "type-graphql";

export enum BalanceStatementType {
  COMPACT = "COMPACT",
  FLAT = "FLAT",
}

registerEnumType(BalanceStatementType, {
  name: "BalanceStatementType",
  description: "How a statement lists fees.",
  valuesConfig: {
    COMPACT: { description: "One line per transaction." },
    FLAT: { description: "Fees on lines of their own, for accounting." },
  },
});

export enum StatementDirection {
  DEBIT = "DEBIT",
  CREDIT = "CREDIT",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(StatementDirection, {
  name: "StatementDirection",
  description: "Which way a statement transaction moved money.",
  valuesConfig: {
    DEBIT: { description: "Money out of the balance." },
    CREDIT: { description: "Money into the balance." },
    UNKNOWN: { description: "A direction Wise added after this API was written." },
  },
});

// Wise's statement transaction types (details.type), plus what Wise adds later as UNKNOWN.
export enum StatementTransactionKind {
  CARD = "CARD",
  CONVERSION = "CONVERSION",
  DEPOSIT = "DEPOSIT",
  TRANSFER = "TRANSFER",
  MONEY_ADDED = "MONEY_ADDED",
  INCOMING_CROSS_BALANCE = "INCOMING_CROSS_BALANCE",
  OUTGOING_CROSS_BALANCE = "OUTGOING_CROSS_BALANCE",
  DIRECT_DEBIT = "DIRECT_DEBIT",
  BALANCE_INTEREST = "BALANCE_INTEREST",
  BALANCE_ADJUSTMENT = "BALANCE_ADJUSTMENT",
  ACCRUAL_CHARGE = "ACCRUAL_CHARGE",
  INVESTMENT_TRADE_ORDER = "INVESTMENT_TRADE_ORDER",
  ACQUIRING_PAYMENT = "ACQUIRING_PAYMENT",
  CARD_CASHBACK = "CARD_CASHBACK",
  CARD_ORDER_CHECKOUT = "CARD_ORDER_CHECKOUT",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(StatementTransactionKind, {
  name: "StatementTransactionKind",
  description: "What kind of transaction a statement line is.",
  valuesConfig: {
    CARD: { description: "A card payment or withdrawal." },
    CONVERSION: { description: "A conversion between two of the account's balances." },
    DEPOSIT: { description: "Money received into the balance." },
    TRANSFER: { description: "A transfer sent from the balance, or its refund." },
    MONEY_ADDED: { description: "Money added to the balance by the owner." },
    INCOMING_CROSS_BALANCE: { description: "Money in from another balance of the account." },
    OUTGOING_CROSS_BALANCE: { description: "Money out to another balance of the account." },
    DIRECT_DEBIT: { description: "A direct debit collected from the balance." },
    BALANCE_INTEREST: { description: "Interest paid on the balance." },
    BALANCE_ADJUSTMENT: { description: "A correction Wise made to the balance." },
    ACCRUAL_CHARGE: { description: "A fee charged over time, such as a holding fee." },
    INVESTMENT_TRADE_ORDER: { description: "A buy or sell order of the balance's investment." },
    ACQUIRING_PAYMENT: { description: "A payment received from a customer through Wise acquiring." },
    CARD_CASHBACK: { description: "Cashback on card spending." },
    CARD_ORDER_CHECKOUT: { description: "Payment for a card order." },
    UNKNOWN: { description: "Wise's own UNKNOWN, or a kind Wise added after this API was written." },
  },
});

export enum StatementFileFormat {
  JSON = "JSON",
  CSV = "CSV",
  PDF = "PDF",
  XLSX = "XLSX",
  CAMT_053 = "CAMT_053",
  MT940 = "MT940",
  QIF = "QIF",
}

registerEnumType(StatementFileFormat, {
  name: "StatementFileFormat",
  description: "The file formats Wise renders a balance statement in.",
  valuesConfig: {
    JSON: { description: "Wise's JSON statement, as Wise sends it (statement.json)." },
    CSV: { description: "Comma-separated values, one row per transaction (statement.csv)." },
    PDF: { description: "A printable PDF, with Wise's branding (statement.pdf)." },
    XLSX: { description: "An Excel workbook (statement.xlsx)." },
    CAMT_053: { description: "ISO 20022 CAMT.053 bank-to-customer statement XML, for accounting software (statement.xml)." },
    MT940: { description: "SWIFT MT940 customer statement text, for accounting software (statement.mt940)." },
    QIF: { description: "Quicken Interchange Format (statement.qif)." },
  },
});
