// The card events: cards#transaction-state-change, cards#card-status-change,
// cards#card-order-status-change, cards#card-production-status-change, cards#3ds-challenge and
// cards#manual-provisioning-verification, their `data` made from the card program's records. Each
// has a builder (the event, for tests and for callers that batch) and an emitter that raises it
// on the store's hub: the route or simulation that changes a card resource calls the emitter.
// Wise sends these in schema 2.0.0 only, to application subscriptions, times in whole seconds.

import Big from "big.js";
import type { Store } from "../../store.js";
import type { CardAmount, CardOrderRecord, CardRecord, CardTransactionRecord, CardTransactionType } from "../../api/card/model.js";
import { webhookTime, type SandboxEvent } from "../hub.js";
import { exactNumber } from "./values.js";

/** Who changed a card's status: Wise ("internal_system") or the API client (its client id). */
export type CardStatusChanger = "wise" | "client";

/** A card's production status at a kiosk (KIOSK_COLLECTION cards only). */
export type CardProductionStatus = "READY" | "IN_PROGRESS" | "PRODUCED" | "PRODUCTION_ERROR";

/** A card's production at a kiosk machine, as the production status change reports it. */
export interface CardProductionRecord {
  status: CardProductionStatus;
  /** The kiosk machine producing the card; null when none is (READY). */
  kioskId: string | null;
  /** Why production failed (PRODUCTION_ERROR); null otherwise. */
  errorCode: string | null;
  description: string;
}

/** A 3D Secure challenge the cardholder must approve in the partner's app (challenge method PUSH). */
export interface ThreeDsChallengeRecord {
  /** The transaction reference the partner names when it reports the challenge's result. */
  reference: string;
  cardToken: string;
  profileId: number;
  /** The amount the merchant asks, exact. */
  amount: CardAmount;
  merchant: {
    name: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    /** The merchant category code, when the scheme sent one. */
    category: string | null;
    url: string | null;
  };
  /** Where the cardholder pays: "browser" or "app". */
  channel: string;
  createdMs: number;
  /** When the challenge can no longer be answered. */
  expiresMs: number;
}

/** A card added to a wallet by hand, waiting for the cardholder to verify it. */
export interface ManualProvisioningRecord {
  cardToken: string;
  profileId: number;
  /** The wallet's token of the card. */
  paymentTokenUniqueReference: string;
  /** "Apple Pay", "Google Pay"... */
  walletName: string;
  creationMs: number;
}

/** Details of a transaction step the record does not hold; each has a default from the record. */
export interface CardTransactionStep {
  /** AUTH, CAPTURE, PARTIAL_REVERSAL, FULL_REVERSAL; by default from the state (IN_PROGRESS and DECLINED: AUTH, COMPLETED: CAPTURE, CANCELLED: FULL_REVERSAL). */
  stepType?: string;
  /** False for a pre-authorisation whose amount may change; true by default. */
  isAmountConfirmed?: boolean;
  /** By default ONLINE_PIN_VALIDATED for CHIP_AND_PIN, else NOT_RECEIVED. */
  pinValidationResult?: string;
  /** When held money is released; by default 7 days after the transaction's creation. */
  purgeMs?: number;
  /** The acquirer reference number, once the transaction is cleared. */
  arn?: string | null;
  /** The money moved on balances; by default one debit per debit that moved money, at the transaction's creation. */
  balanceMovements?: { balanceId: number; type: "debit" | "credit"; amount: CardAmount; creationMs: number }[];
  /** The balance credited (refunds and other credits); null by default. */
  credit?: { balanceId: number; creditedAmount: CardAmount } | null;
}

const INTERNAL_SYSTEM = "internal_system";
/** How long Wise holds an authorised amount before releasing it. */
const PURGE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
/** Transaction types that put money on the card rather than take it (is_debit false). */
const CREDIT_TYPES: ReadonlySet<CardTransactionType> = new Set(["ACCOUNT_CREDIT", "CREDIT_TRANSACTION", "REFUND"]);
const DEFAULT_STEP: Record<CardTransactionRecord["state"], string> = {
  IN_PROGRESS: "AUTH",
  DECLINED: "AUTH",
  COMPLETED: "CAPTURE",
  CANCELLED: "FULL_REVERSAL",
  UNKNOWN: "AUTH",
};

const money = (amount: CardAmount) => ({ value: exactNumber(amount.value), currency: amount.currency });

function cardResource(profileId: number, clientId: string, cardToken: string | null) {
  return { profile_id: profileId, client_id: clientId, card_token: cardToken, type: "card" };
}

/** The transaction's amount plus its fees in the same currency. */
function amountWithFees(tx: CardTransactionRecord): CardAmount {
  let total = new Big(tx.transactionAmount.value);
  for (const fee of tx.fees) if (fee.amount.currency === tx.transactionAmount.currency) total = total.plus(fee.amount.value);
  return { value: total.toFixed(), currency: tx.transactionAmount.currency };
}

function defaultMovements(tx: CardTransactionRecord): NonNullable<CardTransactionStep["balanceMovements"]> {
  return tx.debits
    .filter((d) => d.balanceTransactionId !== null && !new Big(d.debitedAmount.value).eq(0))
    .map((d) => ({
      balanceId: d.balanceId,
      type: new Big(d.debitedAmount.value).gt(0) ? ("debit" as const) : ("credit" as const),
      amount: { value: new Big(d.debitedAmount.value).abs().toFixed(), currency: d.debitedAmount.currency },
      creationMs: tx.creationMs,
    }));
}

/** cards#transaction-state-change: a card transaction was made or moved on (its state, step, money). */
export function cardTransactionStateChange(card: CardRecord, tx: CardTransactionRecord, nowMs: number, step: CardTransactionStep = {}): SandboxEvent {
  const withFees = amountWithFees(tx);
  const m = tx.merchant;
  const credit = step.credit ?? null;
  return {
    eventType: "cards#transaction-state-change",
    profileId: tx.profileId,
    data: {
      resource: { ...cardResource(tx.profileId, card.clientId, tx.cardToken), card_last_digits: card.lastFourDigits },
      transaction_id: tx.id,
      transaction_type: tx.type,
      is_debit: !CREDIT_TYPES.has(tx.type),
      transaction_step_type: step.stepType ?? DEFAULT_STEP[tx.state],
      decline_reason: tx.declineReason,
      transaction_state: tx.state,
      transaction_amount: money(tx.transactionAmount),
      is_amount_confirmed: step.isAmountConfirmed ?? true,
      fees: tx.fees.map((f) => ({ amount: exactNumber(f.amount.value), currency: f.amount.currency, fee_type: f.feeType })),
      transaction_amount_with_fees: money(withFees),
      billing_amount: money(tx.billingAmount),
      authorisation_method: tx.authorisationMethod,
      pin_validation_result: step.pinValidationResult ?? (tx.authorisationMethod === "CHIP_AND_PIN" ? "ONLINE_PIN_VALIDATED" : "NOT_RECEIVED"),
      approval_code: tx.approvalCode,
      purge_time: webhookTime(step.purgeMs ?? tx.creationMs + PURGE_AFTER_MS),
      balance_transaction_id: tx.debits.find((d) => d.balanceTransactionId !== null)?.balanceTransactionId ?? null,
      balance_movements: (step.balanceMovements ?? defaultMovements(tx)).map((b) => ({
        creation_time: webhookTime(b.creationMs),
        balance_id: b.balanceId,
        type: b.type,
        amount: { currency: b.amount.currency, value: exactNumber(b.amount.value) },
      })),
      debits: tx.debits.map((d) => ({
        balance_id: d.balanceId,
        debited_amount: money(d.debitedAmount),
        for_amount: money(d.forAmount),
        rate: exactNumber(d.rate),
        fee: money(d.fee),
      })),
      credit: credit === null ? null : { balance_id: credit.balanceId, credited_amount: money(credit.creditedAmount) },
      merchant: {
        name: m.name,
        location: { country: m.country, city: m.city, postCode: m.zipCode, state: m.state },
        category: { code: m.categoryCode, description: m.categoryName },
      },
      arn: step.arn ?? null,
      creation_time: webhookTime(tx.creationMs),
      occurred_at: webhookTime(nowMs),
    },
  };
}

/** cards#card-status-change: the card's status now (Wise sends it for the first status too). */
export function cardStatusChange(card: CardRecord, nowMs: number, changedBy: CardStatusChanger = "client"): SandboxEvent {
  return {
    eventType: "cards#card-status-change",
    profileId: card.profileId,
    data: {
      resource: cardResource(card.profileId, card.clientId, card.token),
      card_status: card.status,
      changed_by: changedBy === "wise" ? INTERNAL_SYSTEM : card.clientId,
      occurred_at: webhookTime(nowMs),
    },
  };
}

/** cards#card-order-status-change: the order's status now (its card token is null until the card exists). */
export function cardOrderStatusChange(order: CardOrderRecord, nowMs: number): SandboxEvent {
  return {
    eventType: "cards#card-order-status-change",
    profileId: order.profileId,
    data: {
      resource: { ...cardResource(order.profileId, order.clientId, order.cardToken), card_program: order.program.name },
      order_id: String(order.id),
      order_status: order.status,
      delivery_vendor: order.deliveryVendor,
      occurred_at: webhookTime(nowMs),
    },
  };
}

/** cards#card-production-status-change: a kiosk card's production moved on. */
export function cardProductionStatusChange(card: CardRecord, production: CardProductionRecord, nowMs: number): SandboxEvent {
  return {
    eventType: "cards#card-production-status-change",
    profileId: card.profileId,
    data: {
      resource: cardResource(card.profileId, card.clientId, card.token),
      status: production.status,
      kiosk_id: production.kioskId,
      error_code: production.errorCode,
      description: production.description,
      occurred_at: webhookTime(nowMs),
    },
  };
}

/** cards#3ds-challenge: a payment waits for the cardholder to approve it in the app. */
export function threeDsChallenge(card: CardRecord, challenge: ThreeDsChallengeRecord): SandboxEvent {
  return {
    eventType: "cards#3ds-challenge",
    profileId: challenge.profileId,
    data: {
      challenge_expires_after: Math.max(0, Math.round((challenge.expiresMs - challenge.createdMs) / 1000)),
      challenge_method: "PUSH",
      occurred_at: webhookTime(challenge.createdMs),
      resource: cardResource(challenge.profileId, card.clientId, challenge.cardToken),
      transaction: {
        channel: challenge.channel,
        merchant: { category: challenge.merchant.category, country: challenge.merchant.country, name: challenge.merchant.name, url: challenge.merchant.url },
        money_value: { currency: challenge.amount.currency, value: exactNumber(challenge.amount.value) },
        reference: challenge.reference,
      },
    },
  };
}

/** cards#manual-provisioning-verification: a card added to a wallet by hand needs verifying (Wise's data has no occurred_at). */
export function manualProvisioningVerification(card: CardRecord, provisioning: ManualProvisioningRecord): SandboxEvent {
  return {
    eventType: "cards#manual-provisioning-verification",
    profileId: provisioning.profileId,
    data: {
      resource: cardResource(provisioning.profileId, card.clientId, provisioning.cardToken),
      payment_token_unique_reference: provisioning.paymentTokenUniqueReference,
      last_four_digits: card.lastFourDigits,
      creation_time: new Date(provisioning.creationMs).toISOString(),
      wallet_name: provisioning.walletName,
    },
  };
}

/** The card of a token, which an event about it must name (its client id, last digits). */
function cardOf(store: Store, token: string): CardRecord {
  const card = store.cards.cards.get(token);
  if (card === undefined) throw new Error(`No card ${token} to raise an event about`);
  return card;
}

/** Raises cards#transaction-state-change for the transaction as it is now. */
export function emitCardTransactionStateChange(store: Store, tx: CardTransactionRecord, nowMs: number, step: CardTransactionStep = {}): void {
  store.webhooks.emit(cardTransactionStateChange(cardOf(store, tx.cardToken), tx, nowMs, step), nowMs);
}

/** Raises cards#card-status-change for the card's status now; `changedBy` "wise" when the sandbox changed it itself. */
export function emitCardStatusChange(store: Store, card: CardRecord, nowMs: number, changedBy: CardStatusChanger = "client"): void {
  store.webhooks.emit(cardStatusChange(card, nowMs, changedBy), nowMs);
}

/** Raises cards#card-order-status-change for the order's status now. */
export function emitCardOrderStatusChange(store: Store, order: CardOrderRecord, nowMs: number): void {
  store.webhooks.emit(cardOrderStatusChange(order, nowMs), nowMs);
}

/** Raises cards#card-production-status-change for a kiosk card. */
export function emitCardProductionStatusChange(store: Store, card: CardRecord, production: CardProductionRecord, nowMs: number): void {
  store.webhooks.emit(cardProductionStatusChange(card, production, nowMs), nowMs);
}

/** Raises cards#3ds-challenge for a challenge just made. */
export function emit3dsChallenge(store: Store, challenge: ThreeDsChallengeRecord, nowMs: number): void {
  store.webhooks.emit(threeDsChallenge(cardOf(store, challenge.cardToken), challenge), nowMs);
}

/** Raises cards#manual-provisioning-verification for a card added to a wallet by hand. */
export function emitManualProvisioningVerification(store: Store, provisioning: ManualProvisioningRecord, nowMs: number): void {
  store.webhooks.emit(manualProvisioningVerification(cardOf(store, provisioning.cardToken), provisioning), nowMs);
}
