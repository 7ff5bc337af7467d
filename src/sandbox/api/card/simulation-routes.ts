// Wise's card transaction simulations (sandbox only):
// POST /v2/simulation/spend/profiles/{profileId}/cards/{cardToken}/transactions/authorisation
//   {pos, transactionType, amount{value, currency}, mcc, cardNumber?, merchantCountry?}
//   runs the authorisation engine (authorisation.ts) and answers {reference, error}: the
//   reference (which, as in Wise's sandbox, holds the card's PAN, PIN and CVVs) is what clearing
//   and reversal send back; `error` is the decline reason, null when approved. `cardNumber` is
//   optional here (when sent it must be the card's PAN); `merchantCountry` (ISO 3166-1 alpha-2)
//   is the sandbox's own addition, the card program's country by default.
// POST /v1/simulation/.../transactions/clearing  {amount, transactionType, ref}: the capture.
// POST /v1/simulation/.../transactions/reversal  {amount, transactionType, ref}: amount 0 for
//   all of it, else the final amount. Both answer {reference, error}, `error` saying why the
//   reference's authorisation could not be cleared or reversed.
// GET  /v2/simulation/.../transactions?limit=10: the card's transactions, newest first.

import Big from "big.js";
import { isObject, jsonBody, optDecimal, optLong, optString, type JsonObject } from "../../body.js";
import { badRequest, dec, json, wiseErrors } from "../../http.js";
import { queryInt } from "../../params.js";
import { isCountry } from "../../reference/countries.js";
import { currencyScale } from "../../reference/currencies.js";
import type { Ctx, RouteDef } from "../../route.js";
import { authorise, isCardAmount, type AuthorisationRequest } from "./authorisation.js";
import { programCountry } from "./merchants.js";
import type { CardAmount, CardRecord, CardTransactionRecord, CardTransactionType } from "./model.js";
import { clear, reverse } from "./settlement.js";
import { cardFromPath } from "./card-access.js";

const SIMULATION = "/simulation/spend/profiles/:profileId/cards/:cardToken/transactions";

/** The simulation's points of sale; the e-commerce ones make an ECOM_PURCHASE. */
const POINTS_OF_SALE = ["CHIP_AND_PIN", "CONTACTLESS", "MAGSTRIPE", "E_COMMERCE", "E_COMMERCE_NO_3DS"] as const;
const SIMULATION_TYPES = ["GOODS_AND_SERVICES", "CASH_WITHDRAWAL", "REFUND"] as const;
type SimulationType = (typeof SIMULATION_TYPES)[number];

function invalid(path: string, message: string): Error {
  return wiseErrors(400, { code: "NOT_VALID", message, path, arguments: [path] });
}

function oneOf<T extends string>(body: JsonObject, name: string, values: readonly T[]): T {
  const value = optString(body, name);
  if (value === undefined) throw invalid(name, `${name} is required.`);
  if (!(values as readonly string[]).includes(value)) throw invalid(name, `${name} must be one of ${values.join(", ")}.`);
  return value as T;
}

/** `amount {value, currency}`: a 3-letter currency and at most its decimals; positive, or zero where allowed. */
function amountOf(body: JsonObject, allowZero: boolean): CardAmount {
  const amount = body.amount;
  if (!isObject(amount)) throw invalid("amount", "amount {value, currency} is required.");
  const currency = optString(amount, "currency");
  if (currency === undefined || !/^[A-Z]{3}$/.test(currency)) throw invalid("amount.currency", "amount.currency must be a 3-letter ISO 4217 code.");
  const value = optDecimal(amount, "value");
  const scale = currencyScale(currency);
  if (value === undefined || !isCardAmount(value, scale, allowZero)) {
    throw invalid("amount.value", `amount.value must be ${allowZero ? "zero or more" : "more than zero"}, with at most ${scale} decimals.`);
  }
  return { value: new Big(value).toFixed(scale), currency };
}

/** The record's type, from the simulation's type and point of sale. */
function transactionTypeOf(type: SimulationType, pos: string): CardTransactionType {
  if (type === "CASH_WITHDRAWAL") return "CASH_WITHDRAWAL";
  if (type === "REFUND") return "REFUND";
  return pos.startsWith("E_COMMERCE") ? "ECOM_PURCHASE" : "POS_PURCHASE";
}

/** The simulation type that made a transaction: what clearing and reversal must repeat. */
const simulationTypeOf = (tx: CardTransactionRecord): SimulationType =>
  tx.type === "CASH_WITHDRAWAL" ? "CASH_WITHDRAWAL" : tx.type === "REFUND" ? "REFUND" : "GOODS_AND_SERVICES";

async function authorisationRequest(ctx: Ctx, card: CardRecord): Promise<AuthorisationRequest> {
  const body = await jsonBody(ctx);
  const pos = oneOf(body, "pos", POINTS_OF_SALE);
  const type = oneOf(body, "transactionType", SIMULATION_TYPES);
  const amount = amountOf(body, false);
  const mcc = optLong(body, "mcc");
  if (mcc === undefined || mcc < 0 || mcc > 9999) throw invalid("mcc", "mcc must be a merchant category code, 0 to 9999.");
  const cardNumber = optString(body, "cardNumber");
  // Never echoed: a wrong number may be another card's.
  if (cardNumber !== undefined && cardNumber.replace(/\s/g, "") !== card.secrets.pan) {
    throw wiseErrors(422, { code: "INVALID_CARD_NUMBER", message: "cardNumber is not this card's number.", path: "cardNumber", arguments: [] });
  }
  const merchantCountry = optString(body, "merchantCountry")?.toUpperCase() ?? null;
  if (merchantCountry !== null && !isCountry(merchantCountry)) throw invalid("merchantCountry", "merchantCountry must be an ISO 3166-1 alpha-2 country code.");
  return { transactionType: transactionTypeOf(type, pos), pos, amount, mcc: String(mcc).padStart(4, "0"), merchantCountry };
}

/** The reference Wise's sandbox answers: the acquirer, the card with its secrets, the point of sale and the message ids. */
function referenceView(card: CardRecord, tx: CardTransactionRecord) {
  const ref = tx.reference!;
  const expiry = new Date(card.expiryDate);
  const country = tx.merchant.country ?? programCountry(card.program.name);
  return {
    transaction: {
      acquirer: {
        institutionId: "430010",
        name: "SANDBOX ACQUIRER",
        city: (tx.merchant.city ?? "CITY").toUpperCase(),
        merchantCategoryCode: dec(String(Number(tx.merchant.categoryCode))),
        country,
        acceptorTerminalId: "TERMID01",
        acceptorIdCode: "CARD ACCEPTOR",
        forwardingInstitutionId: "400050",
      },
      card: {
        token: card.token,
        schemeName: card.program.scheme,
        pan: card.secrets.pan,
        pin: card.secrets.pin,
        cvv1: card.secrets.cvv2.split("").reverse().join(""),
        icvv: String((Number(card.secrets.cvv2) + 333) % 1000).padStart(3, "0"),
        cvv2: card.secrets.cvv2,
        expiration: [dec(String(expiry.getUTCFullYear())), dec(String(expiry.getUTCMonth() + 1))],
        sequenceNumber: dec("1"),
        profileId: dec(String(card.profileId)),
        userId: dec(String(card.userId)),
        cardStatus: card.status,
        country: programCountry(card.program.name),
        currencies: [card.program.defaultCurrency],
      },
      pos: {
        type: tx.authorisationMethod,
        acceptsOnlinePins: tx.authorisationMethod === "CHIP_AND_PIN",
        maxPinLength: dec("12"),
        supports3ds: tx.authorisationMethod === "E_COMMERCE",
        hasChip: tx.authorisationMethod === "CHIP_AND_PIN" || tx.authorisationMethod === "CONTACTLESS",
      },
      transactionStartTime: dec((tx.creationMs / 1000).toFixed(3)),
      stan: ref.stan,
      schemeTransactionId: ref.schemeTransactionId,
      retrievalReferenceNum: ref.retrievalReferenceNum,
    },
    requestMti: "0100",
    authorizationIdResponse: ref.authorizationIdResponse,
  };
}

/** The card's authorisation a clearing or reversal names by its reference's message ids, or null. */
function authorisationOf(ctx: Ctx, card: CardRecord, ref: unknown): CardTransactionRecord | null {
  const transaction = isObject(ref) ? ref.transaction : undefined;
  if (!isObject(transaction)) return null;
  const ids = { stan: transaction.stan, retrievalReferenceNum: transaction.retrievalReferenceNum, schemeTransactionId: transaction.schemeTransactionId };
  return (
    ctx.store.cards
      .transactionsOfCard(card.token)
      .find(
        (t) =>
          t.reference !== null &&
          t.reference.stan === ids.stan &&
          t.reference.retrievalReferenceNum === ids.retrievalReferenceNum &&
          t.reference.schemeTransactionId === ids.schemeTransactionId,
      ) ?? null
  );
}

type FollowUp = (ctx: Ctx, card: CardRecord, tx: CardTransactionRecord, amount: CardAmount) => string | null;

function followUpRoute(version: "v1", step: "clearing" | "reversal", apply: FollowUp, allowZero: boolean): RouteDef {
  return {
    method: "POST",
    path: `/${version}${SIMULATION}/${step}`,
    handler: async (ctx) => {
      const card = cardFromPath(ctx);
      const body = await jsonBody(ctx);
      const amount = amountOf(body, allowZero);
      const type = oneOf(body, "transactionType", SIMULATION_TYPES);
      if (!isObject(body.ref)) throw invalid("ref", "ref, the authorisation's reference, is required.");
      const tx = authorisationOf(ctx, card, body.ref);
      if (tx === null) return json({ reference: body.ref, error: "No authorisation of this card matches the reference." });
      if (simulationTypeOf(tx) !== type) return json({ reference: body.ref, error: `transactionType must be the authorisation's: ${simulationTypeOf(tx)}.` });
      return json({ reference: body.ref, error: apply(ctx, card, tx, amount) });
    },
  };
}

export const cardSimulationRoutes: RouteDef[] = [
  {
    method: "POST",
    path: `/v2${SIMULATION}/authorisation`,
    handler: async (ctx) => {
      const card = cardFromPath(ctx);
      const tx = authorise(ctx.store, card, await authorisationRequest(ctx, card), ctx.now());
      return json({ reference: referenceView(card, tx), error: tx.declineReason });
    },
  },
  followUpRoute("v1", "clearing", (ctx, card, tx, amount) => clear(ctx.store, card, tx, amount, ctx.now()), false),
  followUpRoute("v1", "reversal", (ctx, _card, tx, amount) => reverse(ctx.store, tx, amount, ctx.now()), true),
  {
    method: "GET",
    path: `/v2${SIMULATION}`,
    handler: (ctx) => {
      const card = cardFromPath(ctx);
      const limit = queryInt(ctx, "limit") ?? 10;
      if (limit < 1) throw badRequest("'limit' must be at least 1");
      const rows = ctx.store.cards.transactionsOfCard(card.token).slice(0, limit);
      return json(rows.map((t) => ({ transactionId: t.id, creationTime: dec((t.creationMs / 1000).toFixed(3)) })));
    },
  },
];
