import { registerEnumType } from "type-graphql";

export enum CardTransactionType {
  ACCOUNT_CREDIT = "ACCOUNT_CREDIT",
  ACCOUNT_FUNDING = "ACCOUNT_FUNDING",
  CASH_ADVANCE = "CASH_ADVANCE",
  CASH_WITHDRAWAL = "CASH_WITHDRAWAL",
  CHARGEBACK = "CHARGEBACK",
  CREDIT_TRANSACTION = "CREDIT_TRANSACTION",
  ECOM_PURCHASE = "ECOM_PURCHASE",
  POS_PURCHASE = "POS_PURCHASE",
  REFUND = "REFUND",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardTransactionType, {
  name: "CardTransactionType",
  description: "What kind of card transaction it is (Wise's transaction type).",
  valuesConfig: {
    ACCOUNT_CREDIT: { description: "Money received on the card (other than Visa OCT or Mastercard MoneySend)." },
    ACCOUNT_FUNDING: { description: "Money sent to another card or an e-wallet." },
    CASH_ADVANCE: { description: "Cash paid out over a counter." },
    CASH_WITHDRAWAL: { description: "Cash taken from an ATM." },
    CHARGEBACK: { description: "A chargeback (reserved by Wise, not used yet)." },
    CREDIT_TRANSACTION: { description: "Money received through Visa OCT or Mastercard MoneySend." },
    ECOM_PURCHASE: { description: "A purchase online." },
    POS_PURCHASE: { description: "A purchase at a point-of-sale terminal." },
    REFUND: { description: "A merchant's refund of an earlier transaction: money back to the cardholder." },
    UNKNOWN: { description: "A type this API does not know yet (Wise added it since)." },
  },
});

export enum CardTransactionState {
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
  DECLINED = "DECLINED",
  CANCELLED = "CANCELLED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardTransactionState, {
  name: "CardTransactionState",
  description: "Where a card transaction stands.",
  valuesConfig: {
    IN_PROGRESS: { description: "Authorised, the money held, not captured by the merchant yet." },
    COMPLETED: { description: "Captured: the money has moved." },
    DECLINED: { description: "Refused; `declineReason` says why." },
    CANCELLED: { description: "Cancelled (reversed, or never captured in time); the held money is released. A merchant may still capture it later." },
    UNKNOWN: { description: "Wise could not confirm the state, or sent one this API does not know." },
  },
});
