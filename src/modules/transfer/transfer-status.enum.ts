import { registerEnumType } from "type-graphql";

export enum TransferStatus {
  INCOMING_PAYMENT_WAITING = "INCOMING_PAYMENT_WAITING",
  INCOMING_PAYMENT_INITIATED = "INCOMING_PAYMENT_INITIATED",
  PROCESSING = "PROCESSING",
  FUNDS_CONVERTED = "FUNDS_CONVERTED",
  OUTGOING_PAYMENT_SENT = "OUTGOING_PAYMENT_SENT",
  CANCELLED = "CANCELLED",
  FUNDS_REFUNDED = "FUNDS_REFUNDED",
  BOUNCED_BACK = "BOUNCED_BACK",
  CHARGED_BACK = "CHARGED_BACK",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(TransferStatus, {
  name: "TransferStatus",
  description: "Where a transfer stands. The happy path is INCOMING_PAYMENT_WAITING, PROCESSING, FUNDS_CONVERTED, OUTGOING_PAYMENT_SENT.",
  valuesConfig: {
    INCOMING_PAYMENT_WAITING: { description: "Created; Wise waits for the sender's money (fund it with transferFund)." },
    INCOMING_PAYMENT_INITIATED: { description: "The sender started paying; the money is on its way to Wise." },
    PROCESSING: { description: "Wise received the money and is processing the transfer." },
    FUNDS_CONVERTED: { description: "The money was converted to the target currency." },
    OUTGOING_PAYMENT_SENT: { description: "Wise paid the recipient. Final on the happy path." },
    CANCELLED: { description: "Cancelled before it was funded. Final." },
    FUNDS_REFUNDED: { description: "The money was refunded to the sender. Final." },
    BOUNCED_BACK: { description: "The recipient's bank returned the payment; Wise will refund or retry." },
    CHARGED_BACK: { description: "The sender's payment was charged back; this can happen in any state." },
    UNKNOWN: { description: "Wise reports its own unknown state, or one this API does not know yet." },
  },
});

/** Statuses in which Wise still waits for the money: only then may a transfer be funded. */
export const AWAITING_FUNDS = new Set(["incoming_payment_waiting"]);
/** Statuses from which no money will move any more. */
export const CLOSED = new Set(["cancelled", "funds_refunded"]);

export enum TransferSimulationStatus {
  PROCESSING = "PROCESSING",
  FUNDS_CONVERTED = "FUNDS_CONVERTED",
  OUTGOING_PAYMENT_SENT = "OUTGOING_PAYMENT_SENT",
  BOUNCED_BACK = "BOUNCED_BACK",
  FUNDS_REFUNDED = "FUNDS_REFUNDED",
}

registerEnumType(TransferSimulationStatus, {
  name: "TransferSimulationStatus",
  description: "The states Wise's sandbox can move a funded transfer to, in order.",
  valuesConfig: {
    PROCESSING: { description: "Wise received the money." },
    FUNDS_CONVERTED: { description: "The money was converted." },
    OUTGOING_PAYMENT_SENT: { description: "The recipient was paid." },
    BOUNCED_BACK: { description: "The recipient's bank returned the payment." },
    FUNDS_REFUNDED: { description: "The money was refunded to the sender." },
  },
});
