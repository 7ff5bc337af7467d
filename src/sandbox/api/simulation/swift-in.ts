// POST /v1/simulation/profiles/{profileId}/swift-in: a Swift payment arriving through the profile's
// issued account details in `currencyCode`. `amount` is what reached Wise (correspondents'
// `charges` were taken before, so they are reported, not deducted); the balance is credited with
// it, as a payment that can be returned, and Wise answers the Swift message it logged (200).
// Subscribers of swift-in#credit then hear of the credit. Each call is a new payment: a repeat
// credits again. Refusals: HTTP 400 {errors: [{arguments, code: "not.valid", message, path}]},
// the body the spec documents. A payment of nothing is refused too (nothing would be credited).

import { randomUUID } from "node:crypto";
import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { isObject, jsonBody, optDecimal, optString, type JsonObject } from "../../body.js";
import { dec, json, wiseErrors, type WiseErrorItem } from "../../http.js";
import { currencyScale } from "../../reference/currencies.js";
import type { RouteDef } from "../../route.js";
import { webhookTime } from "../../webhooks/hub.js";
import { issuedDetails } from "../account-details/routes.js";
import { receiveAccountDetailsPayment } from "../account-details/payments.js";

/** Wise's limit on previous instructing agents. */
const MAX_PREVIOUS_AGENTS = 3;
const CURRENCY = /^[A-Z]{3}$/;

interface Party {
  name: string | null;
  account: string | null;
  address: string | null;
}

interface SwiftIn {
  currency: string;
  amount: string;
  beneficiary: Party;
  sender: Party & { bic: string | null };
  reference: string | null;
  charges: { amount: string; currency: string; agent: string }[];
}

const notValid = (path: string, message: string): WiseErrorItem => ({ arguments: [], code: "not.valid", message, path });

/** An address object as one line (the webhook carries addresses as text). */
function addressLine(body: JsonObject, name: string, errors: WiseErrorItem[]): string | null {
  const value = body[name];
  if (value === undefined || value === null) return null;
  if (!isObject(value)) {
    errors.push(notValid(name, "must be an object"));
    return null;
  }
  const parts = ["addressLine", "city", "postalCode", "country"].map((key) => optString(value, key)?.trim()).filter((part): part is string => Boolean(part));
  return parts.length === 0 ? null : parts.join(", ");
}

/** The request, checked; throws Wise's 400 with every problem found. */
function readSwiftIn(body: JsonObject): SwiftIn {
  const errors: WiseErrorItem[] = [];
  const currency = optString(body, "currencyCode")?.trim().toUpperCase();
  const amount = optDecimal(body, "amount");
  if (currency === undefined) errors.push(notValid("currencyCode", "must not be null"));
  else if (!CURRENCY.test(currency)) errors.push(notValid("currencyCode", "size must be between 3 and 3"));
  if (amount === undefined) errors.push(notValid("amount", "must not be null"));
  else if (new Big(amount).lt(0)) errors.push(notValid("amount", "must be greater than or equal to 0"));
  else if (new Big(amount).eq(0)) errors.push(notValid("amount", "must be greater than 0"));
  else if (currency !== undefined && CURRENCY.test(currency)) {
    const scale = currencyScale(currency);
    if (!new Big(amount).eq(new Big(amount).round(scale, Big.roundDown))) errors.push(notValid("amount", `${currency} amounts have ${scale} decimals at most`));
  }
  const charges: SwiftIn["charges"] = [];
  const rawCharges = body.charges ?? [];
  if (!Array.isArray(rawCharges)) errors.push(notValid("charges", "must be a list"));
  else {
    rawCharges.forEach((charge: unknown, index) => {
      const at = `charges[${index}]`;
      if (!isObject(charge)) return void errors.push(notValid(at, "must be an object"));
      const chargeAmount = optDecimal(charge, "amount");
      const chargeCurrency = optString(charge, "currency")?.trim().toUpperCase();
      const agent = optString(charge, "agent")?.trim();
      if (chargeAmount === undefined) errors.push(notValid(`${at}.amount`, "must not be null"));
      else if (new Big(chargeAmount).lt(0)) errors.push(notValid(`${at}.amount`, "must be greater than or equal to 0"));
      if (chargeCurrency === undefined || !CURRENCY.test(chargeCurrency)) errors.push(notValid(`${at}.currency`, "size must be between 3 and 3"));
      if (!agent) errors.push(notValid(`${at}.agent`, "must not be blank"));
      if (chargeAmount !== undefined && chargeCurrency !== undefined && agent) charges.push({ amount: chargeAmount, currency: chargeCurrency, agent });
    });
  }
  const agents = body.previousInstructingAgents ?? [];
  if (!Array.isArray(agents) || !agents.every((agent) => typeof agent === "string")) errors.push(notValid("previousInstructingAgents", "must be a list of BICs"));
  else if (agents.length > MAX_PREVIOUS_AGENTS) errors.push(notValid("previousInstructingAgents", `size must be between 0 and ${MAX_PREVIOUS_AGENTS}`));
  const text = (name: string) => optString(body, name)?.trim() || null;
  const swift: SwiftIn = {
    currency: currency ?? "",
    amount: amount ?? "0",
    beneficiary: { name: text("beneficiaryName"), account: text("beneficiaryAccount"), address: addressLine(body, "beneficiaryAddress", errors) },
    sender: { name: text("senderName"), account: text("senderAccount"), address: addressLine(body, "senderAddress", errors), bic: text("senderBic") },
    reference: text("paymentReference"),
    charges,
  };
  if (errors.length > 0) throw wiseErrors(400, ...errors);
  return swift;
}

/** The swift-in#credit event's `data`, in the shape of Wise's event (schema 3.0.0). */
function creditEvent(swift: SwiftIn, ids: { messageId: number; paymentId: number; profileId: number; balanceId: number }, uetr: string, credit: string, nowMs: number) {
  const time = webhookTime(nowMs);
  const sameCurrencyCharges = swift.charges.filter((charge) => charge.currency === swift.currency).reduce((sum, charge) => sum.plus(charge.amount), new Big(0));
  const party = (p: Party) => ({ ...(p.name ? { name: p.name } : {}), ...(p.address ? { address: p.address } : {}), ...(p.account ? { account: p.account } : {}) });
  return {
    action: { type: "credit", id: ids.paymentId, profile_id: ids.profileId, account_id: ids.balanceId },
    resource: {
      id: String(ids.messageId),
      uetr,
      ...(swift.reference ? { reference: swift.reference } : {}),
      recipient: party(swift.beneficiary),
      sender: { ...party(swift.sender), ...(swift.sender.bic ? { bank_code: { value: swift.sender.bic, type: "BIC" } } : {}) },
      exchange_rate: 1,
      instructed_amount: { value: Number(new Big(credit).plus(sameCurrencyCharges).toFixed()), currency: swift.currency },
      settled_amount: { value: Number(credit), currency: swift.currency },
      fee: { wise: [], correspondent: swift.charges.map((charge) => ({ value: Number(charge.amount), currency: charge.currency })) },
      transaction_time: time,
    },
    occurred_at: time,
  };
}

export const swiftInRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v1/simulation/profiles/:profileId/swift-in",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const swift = readSwiftIn(await jsonBody(ctx));
      const details = issuedDetails(ctx.store, profile.id, swift.currency);
      const balance = details === undefined ? undefined : ctx.store.balances.get(details.balanceId);
      if (details === undefined || balance === undefined) throw wiseErrors(400, notValid("currencyCode", "No account details found for profile currency pair"));
      const nowMs = ctx.now();
      const credit = new Big(swift.amount).toFixed(currencyScale(swift.currency));
      const record = receiveAccountDetailsPayment(
        ctx.store,
        details,
        balance,
        { amount: credit, senderName: swift.sender.name ?? "A Swift sender", channel: "SWIFT", description: `Received by Swift to your ${swift.currency} account details` },
        nowMs,
      );
      const messageId = ctx.store.nextId("other");
      const uetr = randomUUID();
      ctx.store.webhooks.emit(
        {
          eventType: "swift-in#credit",
          profileId: profile.id,
          data: creditEvent(swift, { messageId, paymentId: record.id, profileId: profile.id, balanceId: balance.id }, uetr, credit, nowMs),
        },
        nowMs,
      );
      return json({
        id: messageId,
        messageReference: null,
        mur: null,
        uetr,
        messageType: "pacs.008.001.08",
        sender: null,
        receiver: null,
        state: "RECEIVED",
        direction: "INCOMING",
        jsonMessage: null,
        finMessage: null,
        processTime: new Date(nowMs).toISOString().replace("Z", "000Z"),
        amount: dec(credit),
        currency: swift.currency,
        valueDate: null,
        payoutInstructionId: null,
        transferId: null,
        actor: "SYSTEM",
        actorId: null,
        actorOktaId: null,
        source: "SWIFT_CLOUD",
        attributes: null,
        ackMessage: false,
      });
    },
  },
];
