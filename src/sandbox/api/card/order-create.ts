// POST /v3/spend/profiles/{profileId}/card-orders (header X-idempotence-uuid required): checks the
// body, then makes the order PLACED and settles it (a verified profile's virtual card is issued at
// once). The same key answers the order it made, as it is now, and makes no second one.
// 400 for a missing or malformed field (every problem listed, address fields as address.<field>);
// 422 for a program the profile may not order (not offered to it, or its card limit reached),
// delivery options on a virtual card, and a replacement of a card it cannot replace.

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { isObject, jsonBody, optDecimal, optString, type JsonObject } from "../../body.js";
import { json, wiseErrors, type Reply, type WiseErrorItem } from "../../http.js";
import { currencyScale } from "../../reference/currencies.js";
import type { Ctx } from "../../route.js";
import { idempotenceKey } from "../balance/movements.js";
import type { CardDeliveryOption, CardOrderRecord } from "./model.js";
import { addressProblems, toAddressRecord } from "./order-address.js";
import { addOrderActivity, settleOrder } from "./order-flow.js";
import { emitCardOrderStatusChange } from "../../webhooks/events/cards.js";
import { limitReached, programsOf } from "./order-programs.js";
import { cardOrderView } from "./order-view.js";
import { SANDBOX_CARD_CLIENT_ID } from "./state.js";

const DELIVERY_OPTIONS: readonly CardDeliveryOption[] = ["POSTAL_SERVICE_STANDARD", "POSTAL_SERVICE_WITH_TRACKING", "KIOSK_COLLECTION"];
const REPLACEMENT_REASONS = ["CARD_DAMAGED", "CARD_EXPIRING"];
const PHONE = /^\+[1-9]\d{6,14}$/;
const MAX_HOLDER_NAME = 100;
const MAX_EMBOSSED_NAME = 22;

const invalid = (path: string, message: string, code = "NOT_VALID"): WiseErrorItem => ({ code, message, path, arguments: [] });
const missing = (path: string): WiseErrorItem => ({ code: "NotBlank", message: "must not be blank", path, arguments: [] });
const refused = (path: string, code: string, message: string) => wiseErrors(422, { code, message, path, arguments: [] });

export async function createCardOrder(ctx: Ctx): Promise<Reply> {
  const key = idempotenceKey(ctx);
  const profile = profileFromPath(ctx);
  const body = await jsonBody(ctx);
  const now = ctx.now();
  const replayed = ctx.store.cardOrders.byIdempotencyKey.get(`${profile.id}:${key}`);
  const earlier = replayed === undefined ? undefined : ctx.store.cards.orders.get(replayed);
  if (earlier !== undefined) {
    settleOrder(ctx.store, earlier, now);
    return json(cardOrderView(earlier, now));
  }

  const errors: WiseErrorItem[] = [];
  const programName = optString(body, "program")?.trim();
  if (!programName) errors.push(missing("program"));
  const holderName = optString(body, "cardHolderName")?.trim();
  if (!holderName) errors.push(missing("cardHolderName"));
  else if (holderName.length > MAX_HOLDER_NAME) errors.push(invalid("cardHolderName", `must be at most ${MAX_HOLDER_NAME} characters`));
  const embossedName = optString(body, "embossedName");
  if (embossedName !== undefined && (embossedName.trim() === "" || embossedName.length > MAX_EMBOSSED_NAME)) {
    errors.push(invalid("embossedName", `must be 1 to ${MAX_EMBOSSED_NAME} characters`));
  }
  const phone = optString(body, "phoneNumber")?.trim();
  if (phone !== undefined && !PHONE.test(phone)) errors.push(invalid("phoneNumber", 'must start with "+" and the country code, then digits only'));
  const address = body.address;
  if (address === undefined || address === null) errors.push({ code: "NotNull", message: "must not be null", path: "address", arguments: [] });
  else for (const problem of addressProblems(address)) errors.push(invalid(`address.${problem.field}`, problem.message));
  const deliveryOption = optString(body, "deliveryOption");
  if (deliveryOption !== undefined && !(DELIVERY_OPTIONS as readonly string[]).includes(deliveryOption)) {
    errors.push(invalid("deliveryOption", `must be one of ${DELIVERY_OPTIONS.join(", ")}`));
  }
  const lifetimeLimit = optDecimal(body, "lifetimeLimit");
  if (lifetimeLimit !== undefined && new Big(lifetimeLimit).lt(0)) errors.push(invalid("lifetimeLimit", "must not be negative"));
  const replacement = body.replacementDetails;
  let replacesCard: string | null = null;
  if (replacement !== undefined && replacement !== null) {
    if (!isObject(replacement)) errors.push(invalid("replacementDetails", "must be an object"));
    else {
      replacesCard = optString(replacement, "cardToken")?.trim() || null;
      if (replacesCard === null) errors.push(missing("replacementDetails.cardToken"));
      const reason = optString(replacement, "reason");
      if (reason === undefined || !REPLACEMENT_REASONS.includes(reason)) errors.push(invalid("replacementDetails.reason", `must be one of ${REPLACEMENT_REASONS.join(", ")}`));
    }
  }
  if (errors.length > 0 || !programName || !holderName) throw wiseErrors(400, ...errors);

  const program = programsOf(ctx.store, profile).find((p) => p.name === programName);
  if (program === undefined) throw refused("program", "card.program.not.available", `The card program ${programName} is not available to this profile.`);
  const physical = program.cardType === "PHYSICAL";
  if (!physical && deliveryOption !== undefined) throw refused("deliveryOption", "card.delivery.not.applicable", "A virtual card is not delivered.");
  if (!physical && embossedName !== undefined) throw refused("embossedName", "card.embossing.not.applicable", "A virtual card is not embossed.");
  if (lifetimeLimit !== undefined && new Big(lifetimeLimit).round(currencyScale(program.defaultCurrency), Big.roundDown).toFixed() !== new Big(lifetimeLimit).toFixed()) {
    throw refused("lifetimeLimit", "card.limit.scale", `The lifetime limit has more decimals than ${program.defaultCurrency} allows.`);
  }
  if (replacesCard !== null) {
    const replaced = ctx.store.cards.cards.get(replacesCard);
    if (replaced === undefined || replaced.profileId !== profile.id) throw refused("replacementDetails.cardToken", "card.not.found", "The profile has no such card.");
    if (replaced.program.cardType !== program.cardType || replaced.program.scheme !== program.scheme || replaced.program.defaultCurrency !== program.defaultCurrency) {
      throw refused("replacementDetails.cardToken", "card.replacement.program", "A replacement card must be of the card's own program.");
    }
    if (replaced.status === "BLOCKED" || replaced.status === "EXPIRED" || replaced.status === "PURGED") {
      throw refused("replacementDetails.cardToken", "card.replacement.status", `A ${replaced.status} card cannot be replaced.`);
    }
  }
  const limit = replacesCard === null ? limitReached(ctx.store, profile.id, program.cardType, now) : null;
  if (limit !== null) throw refused("program", "card.order.limit.reached", limit);

  const order: CardOrderRecord = {
    id: ctx.store.cards.newOrderId(),
    profileId: profile.id,
    userId: ctx.user.id,
    clientId: SANDBOX_CARD_CLIENT_ID,
    program: { ...program },
    address: toAddressRecord(address as JsonObject),
    cardToken: null,
    replacesCard,
    creationMs: now,
    modificationMs: now,
    status: "PLACED",
    cardHolderName: holderName,
    phoneNumber: phone ?? (profile.type === "PERSONAL" ? profile.phoneNumber : profile.contactPhone),
    lifetimeLimit: lifetimeLimit === undefined ? null : new Big(lifetimeLimit).toFixed(),
    deliveryEstimateMs: null,
    deliveryOption: (deliveryOption as CardDeliveryOption | undefined) ?? (program.defaultCurrency === "BRL" ? "POSTAL_SERVICE_WITH_TRACKING" : "POSTAL_SERVICE_STANDARD"),
    deliveryVendor: null,
    trackingUrl: null,
    trackingNumber: null,
  };
  ctx.store.cards.orders.set(order.id, order);
  ctx.store.cardOrders.byIdempotencyKey.set(`${profile.id}:${key}`, order.id);
  addOrderActivity(ctx.store, order);
  emitCardOrderStatusChange(ctx.store, order, now);
  settleOrder(ctx.store, order, now);
  ctx.store.touch();
  return json(cardOrderView(order, now));
}
