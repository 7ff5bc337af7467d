// The sandbox's card authorisation engine: a merchant asks to hold money on a card. The checks of
// AUTHORISATION_CHECKS run first (status, permissions, limits, spend controls: the first decline
// wins), then the money: held on the balance that pays (funds.ts), or INSUFFICIENT_FUNDS. Either
// way the transaction is stored (IN_PROGRESS, or DECLINED with Wise's reason), shown in the
// activity feed, and its state change raised. A refund holds nothing: its money arrives at clearing.

import Big from "big.js";
import { isRateCurrency } from "../../market.js";
import type { Store } from "../../store.js";
import { declineOf, type CardAuthorisation, type CardDecline } from "./authorisation-checks.js";
import { syncCardActivity } from "./card-activity.js";
import { cardCurrencyFunding, debitEntry, fundingFor, hold } from "./funds.js";
import { merchantFor, programCountry } from "./merchants.js";
import type { CardAmount, CardRecord, CardTransactionRecord, CardTransactionType } from "./model.js";
import { raiseStateChange } from "./transaction-events.js";

/** One authorisation as the simulation asks it. */
export interface AuthorisationRequest {
  transactionType: CardTransactionType;
  pos: string;
  amount: CardAmount;
  /** Four digits. */
  mcc: string;
  /** ISO 3166-1 alpha-2; the card program's country when the simulation names none. */
  merchantCountry: string | null;
}

/** Six digits derived from the transaction id: the same id always has the same codes. */
const digits = (id: number, salt: number, length: number) => String((id * 7_919 + salt) % 10 ** length).padStart(length, "0");

function referenceFor(id: number, approvalCode: string | null): NonNullable<CardTransactionRecord["reference"]> {
  return {
    stan: digits(id, 363_054, 6),
    retrievalReferenceNum: `2308${digits(id, 5_363_054, 8)}`,
    schemeTransactionId: `93${digits(id, 2_290_252_416_153, 13)}`,
    authorizationIdResponse: approvalCode ?? "000000",
  };
}

/** The first reason to decline, the money left aside: the checks, then what the sandbox cannot convert. */
function declineBeforeFunds(store: Store, authorisation: CardAuthorisation): CardDecline | null {
  const decline = declineOf(store, authorisation);
  if (decline) return decline;
  if (!isRateCurrency(authorisation.amount.currency)) return { reason: "NON_SUPPORTED_CURRENCY" };
  return null;
}

/** Authorises (or declines) a card transaction, stores it and raises its state change. */
export function authorise(store: Store, card: CardRecord, request: AuthorisationRequest, nowMs: number): CardTransactionRecord {
  const id = store.cards.newTransactionId();
  const merchantCountry = request.merchantCountry ?? programCountry(card.program.name);
  const inCardCurrency = cardCurrencyFunding(store, card, request.amount, nowMs);
  const authorisation: CardAuthorisation = {
    card,
    transactionType: request.transactionType,
    pos: request.pos,
    amount: request.amount,
    billingAmount: inCardCurrency?.debited ?? request.amount,
    mcc: request.mcc,
    merchantCountry,
    nowMs,
  };
  let decline = declineBeforeFunds(store, authorisation);
  const funding = decline !== null || request.transactionType === "REFUND" ? null : fundingFor(store, card, request.amount, nowMs);
  if (decline === null && request.transactionType !== "REFUND" && funding === null) decline = { reason: "INSUFFICIENT_FUNDS" };
  const approvalCode = decline === null ? digits(id, 913_647, 6) : null;
  const tx: CardTransactionRecord = {
    id,
    cardToken: card.token,
    profileId: card.profileId,
    type: request.transactionType,
    state: decline === null ? "IN_PROGRESS" : "DECLINED",
    declineReason: decline?.reason ?? null,
    detailedDeclineReason: decline?.detailedReason ?? null,
    creationMs: nowMs,
    modificationMs: nowMs,
    transactionAmount: { ...request.amount },
    fees: [],
    billingAmount: funding !== null ? { ...funding.debited } : { ...authorisation.billingAmount },
    merchant: merchantFor(request.mcc, merchantCountry),
    authorisationMethod: request.pos,
    approvalCode,
    debits: [],
    credits: [],
    arn: null,
    reference: referenceFor(id, approvalCode),
  };
  if (funding !== null) {
    hold(store, funding.balance, funding.debited.value, nowMs);
    tx.debits.push(debitEntry(funding, request.amount, 1, nowMs));
  }
  store.cards.transactions.set(id, tx);
  store.touch();
  syncCardActivity(store, tx, nowMs);
  raiseStateChange(store, tx, nowMs, { stepType: "AUTH", balanceMovements: [] });
  return tx;
}

/** True when `value` is a positive amount with at most the currency's decimals. */
export function isCardAmount(value: string, scale: number, allowZero = false): boolean {
  const amount = new Big(value);
  return (allowZero ? amount.gte(0) : amount.gt(0)) && amount.eq(amount.round(scale, Big.roundDown));
}
