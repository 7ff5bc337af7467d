// Dispute reasons (Wise's documented list, the same for Visa and Mastercard) and what the
// sandbox asks for each reason a dispute can be submitted with (a "leaf" reason).
//
// Wise's reasons endpoint answers six top-level reasons; UNAUTHORIZED is chosen through its
// sub-options, and the dynamic flow of TROUBLE_WITH_GOODS_SERVICES answers a decision between
// three more precise reasons. A dispute is submitted with a leaf reason. Wise documents the form
// of each reason only on a page the sandbox cannot read, so the forms below are the sandbox's own,
// built like the one example Wise gives (WRONG_AMOUNT: `charged`, `expected`, `details`).

export type DisputeScheme = "VISA" | "MASTERCARD";
export const DISPUTE_SCHEMES: readonly DisputeScheme[] = ["VISA", "MASTERCARD"];

export interface DisputeReasonRecord {
  code: string;
  description: string;
  isFraud?: boolean;
  supportsMultipleTransactions?: boolean;
  tooltip?: string;
  subOptions?: DisputeReasonRecord[];
}

/** GET .../dispute-form/reasons, as Wise answers it. */
export const DISPUTE_REASONS: readonly DisputeReasonRecord[] = [
  {
    code: "ATM_DISPENSED_NO_FUNDS",
    description: "I didn't receive the money from the ATM or cash machine",
    isFraud: false,
    supportsMultipleTransactions: false,
    tooltip: "Choose this if the ATM did not dispense the money or gave you less than expected",
  },
  {
    code: "WRONG_AMOUNT",
    description: "I was charged the wrong amount or currency",
    isFraud: false,
    supportsMultipleTransactions: false,
    tooltip: "Choose this if you were overcharged or the payment was in a different currency than you were expecting",
  },
  {
    code: "TROUBLE_WITH_GOODS_SERVICES",
    description: "There's a problem with the goods or service I ordered",
    isFraud: false,
    supportsMultipleTransactions: false,
    tooltip: "Choose this if the goods or service never arrived, or if the product was defective or different from what you expected",
  },
  {
    code: "MERCHANT_CHARGED_AGAIN",
    description: "I got an unexpected charge from a merchant",
    isFraud: false,
    supportsMultipleTransactions: false,
    tooltip:
      "Choose this for subscription charges, when you've paid twice for one purchase, or when you know the merchant from a past transaction but aren't sure why they charged you",
  },
  {
    code: "NO_REFUND",
    description: "I haven't received the refund",
    isFraud: false,
    supportsMultipleTransactions: false,
    tooltip: "Choose this when you've been promised a refund and it hasn't arrived",
  },
  {
    code: "UNAUTHORIZED",
    description: "I did not make, authorize, or participate in this transaction",
    tooltip: "Choose this if you don't know the merchant or have never purchased anything from them",
    subOptions: [
      { code: "UNEXPECTEDLY_CHARGED_AGAIN", description: "A past merchant unexpectedly charged me again", isFraud: false, supportsMultipleTransactions: false },
      { code: "UNWANTED_SUBSCRIPTION", description: "I've been charged for a subscription without my permission", isFraud: false, supportsMultipleTransactions: false },
      {
        code: "CARD_POSSESSION",
        description: "I don't recognise a transaction",
        isFraud: true,
        supportsMultipleTransactions: true,
        tooltip: "Choose this if you had your card at the time of the transactions, or if you think your card details have been compromised",
      },
      {
        code: "CARD_NO_POSSESSION",
        description: "My card was lost or stolen",
        isFraud: true,
        supportsMultipleTransactions: true,
        tooltip: "Choose this if you didn't have your card at the time of the transactions",
      },
    ],
  },
];

/** The choices the dynamic flow offers for TROUBLE_WITH_GOODS_SERVICES (Wise's documented step). */
export const GOODS_SERVICES_CHOICES: readonly DisputeReasonRecord[] = [
  {
    code: "NEVER_ARRIVED",
    description: "I never got the goods or service I ordered",
    tooltip: "Choose this if the order was cancelled or never arrived",
    isFraud: false,
    supportsMultipleTransactions: false,
  },
  { code: "NOT_AS_DESCRIBED", description: "Something is wrong with the goods or service I ordered", isFraud: false, supportsMultipleTransactions: false },
  {
    code: "SCAM",
    description: "I think there might be an issue with the merchant",
    tooltip: "Choose this if you haven't heard from the merchant, or have found scam reviews",
    isFraud: false,
    supportsMultipleTransactions: false,
  },
];

export type DisputeFieldKind = "text" | "money" | "date" | "boolean";

export interface DisputeFormField {
  key: string;
  title: string;
  kind: DisputeFieldKind;
  required: boolean;
}

export interface DisputeFileField {
  key: string;
  title: string;
  required: boolean;
}

/** What a dispute of one leaf reason needs: its form answers and its evidence files. */
export interface DisputeReasonForm {
  reason: DisputeReasonRecord;
  fields: readonly DisputeFormField[];
  files: readonly DisputeFileField[];
}

const details: DisputeFormField = { key: "details", title: "Tell us what happened", kind: "text", required: true };

const FORMS: Record<string, Omit<DisputeReasonForm, "reason">> = {
  ATM_DISPENSED_NO_FUNDS: { fields: [{ key: "received", title: "How much did the ATM give you?", kind: "money", required: true }, details], files: [] },
  WRONG_AMOUNT: {
    fields: [
      { key: "charged", title: "How much were you charged?", kind: "money", required: true },
      { key: "expected", title: "How much did you expect to pay?", kind: "money", required: true },
      details,
    ],
    files: [{ key: "receipt", title: "Confirmation of the correct price", required: false }],
  },
  NEVER_ARRIVED: {
    fields: [
      { key: "expectedDate", title: "When should it have arrived?", kind: "date", required: true },
      { key: "contactedMerchant", title: "Have you contacted the merchant?", kind: "boolean", required: true },
      details,
    ],
    files: [{ key: "receipt", title: "Order confirmation or receipt", required: true }],
  },
  NOT_AS_DESCRIBED: {
    fields: [{ key: "returned", title: "Have you returned the goods?", kind: "boolean", required: true }, details],
    files: [
      { key: "receipt", title: "Order confirmation or receipt", required: true },
      { key: "photo", title: "A photo of what you received", required: false },
    ],
  },
  SCAM: { fields: [details], files: [{ key: "receipt", title: "Order confirmation or receipt", required: false }] },
  MERCHANT_CHARGED_AGAIN: { fields: [details], files: [{ key: "receipt", title: "Receipt of the original payment", required: false }] },
  NO_REFUND: {
    fields: [{ key: "refundPromisedDate", title: "When was the refund promised?", kind: "date", required: true }, details],
    files: [{ key: "refundConfirmation", title: "The merchant's confirmation of the refund", required: true }],
  },
  UNEXPECTEDLY_CHARGED_AGAIN: { fields: [details], files: [] },
  UNWANTED_SUBSCRIPTION: { fields: [{ key: "cancelledDate", title: "When did you cancel the subscription?", kind: "date", required: false }, details], files: [] },
  CARD_POSSESSION: { fields: [details], files: [] },
  CARD_NO_POSSESSION: { fields: [{ key: "lostDate", title: "When did you lose the card?", kind: "date", required: true }, details], files: [] },
};

const LEAF_REASONS: readonly DisputeReasonRecord[] = [
  ...DISPUTE_REASONS.flatMap((reason) => reason.subOptions ?? (reason.code === "TROUBLE_WITH_GOODS_SERVICES" ? [] : [reason])),
  ...GOODS_SERVICES_CHOICES,
];

/** The form of a reason a dispute can be submitted with; undefined for an unknown or top-level-only reason. */
export function reasonForm(code: string): DisputeReasonForm | undefined {
  const reason = LEAF_REASONS.find((r) => r.code === code);
  const form = FORMS[code];
  return reason && form ? { reason, ...form } : undefined;
}

/** The choices the flow offers for a reason that needs a more precise one; undefined for a leaf reason. */
export function reasonChoices(code: string): { reason: DisputeReasonRecord; choices: readonly DisputeReasonRecord[] } | undefined {
  if (code === "TROUBLE_WITH_GOODS_SERVICES") return { reason: DISPUTE_REASONS.find((r) => r.code === code)!, choices: GOODS_SERVICES_CHOICES };
  const reason = DISPUTE_REASONS.find((r) => r.code === code && r.subOptions !== undefined);
  return reason ? { reason, choices: reason.subOptions! } : undefined;
}
