// Kiosk collection: GET /v3/spend/profiles/{profileId}/cards/{cardToken}/production (the card's
// production now) and PUT .../production {kioskId} (send the card to a kiosk: IN_PROGRESS, raising
// cards#card-production-status-change), and the sandbox's POST /v1/simulation/spend/profiles/
// {profileId}/cards/{cardToken}/production {status: PRODUCED|PRODUCTION_ERROR, errorCode?} that
// finishes a production in progress. PRODUCED is final and moves the card's order to PRODUCED.
// Only a physical card ordered for KIOSK_COLLECTION has a production (404 for any other card).
// A request the kiosk refuses is 422 with a REQUEST_ERROR body and changes nothing.

import { jsonBody, optString } from "../../body.js";
import { HttpError, json, notFound, wiseErrors } from "../../http.js";
import type { Ctx, RouteDef } from "../../route.js";
import { emitCardOrderStatusChange, emitCardProductionStatusChange } from "../../webhooks/events/cards.js";
import { cardFromPath } from "./card-access.js";
import type { CardRecord } from "./model.js";
import { PRODUCTION_ERRORS, SANDBOX_KIOSK_IDS, type StoredProduction } from "./production-state.js";

/** Cards created longer ago than this cannot be produced: their data is no longer kept for production. */
export const PRODUCTION_DATA_DAYS = 60;
const DAY_MS = 86_400_000;

function productionView(production: StoredProduction) {
  return {
    status: production.status,
    kioskId: production.kioskId,
    occurredAt: new Date(production.occurredMs).toISOString(),
    errorCode: production.errorCode,
    description: production.description,
  };
}

/** The kiosk's refusal of a production request (422, REQUEST_ERROR); nothing changes. */
function requestError(kioskId: string | null, errorCode: string, description: string, nowMs: number): HttpError {
  return new HttpError(422, { status: "REQUEST_ERROR", kioskId, occurredAt: new Date(nowMs).toISOString(), errorCode, description });
}

/** The path's card and its production; 404 when the card is not a kiosk card. */
function kioskCard(ctx: Ctx): { card: CardRecord; production: StoredProduction } {
  const card = cardFromPath(ctx);
  const production = ctx.store.cardProduction.productionOf(ctx.store, card);
  if (production === null) throw notFound("Card production", "cardToken", card.token);
  return { card, production };
}

function record(ctx: Ctx, card: CardRecord, production: StoredProduction): void {
  ctx.store.cardProduction.byToken.set(card.token, production);
  card.modificationMs = production.occurredMs;
  ctx.store.touch();
  emitCardProductionStatusChange(ctx.store, card, production, production.occurredMs);
}

export const productionRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v3/spend/profiles/:profileId/cards/:cardToken/production",
    handler: (ctx) => json(productionView(kioskCard(ctx).production)),
  },
  {
    method: "PUT",
    path: "/v3/spend/profiles/:profileId/cards/:cardToken/production",
    handler: async (ctx) => {
      const { card, production } = kioskCard(ctx);
      const kioskId = optString(await jsonBody(ctx), "kioskId")?.trim() ?? "";
      const now = ctx.now();
      if (kioskId === "") throw requestError(null, "EMPTY_OR_NULL_FIELD_VALUE", "kioskId is required", now);
      if (!SANDBOX_KIOSK_IDS.includes(kioskId)) throw requestError(kioskId, "KIOSK_ID_NOT_FOUND", `No kiosk ${kioskId} is set up`, now);
      if (production.status === "IN_PROGRESS" || production.status === "PRODUCED") {
        throw requestError(kioskId, "REQUEST_ALREADY_EXISTS", `The card's production is already ${production.status}`, now);
      }
      if (now - card.creationMs > PRODUCTION_DATA_DAYS * DAY_MS) {
        throw requestError(kioskId, "DATA_PREPARATION_FAILED", `The card was created over ${PRODUCTION_DATA_DAYS} days ago and can no longer be produced: order a new card`, now);
      }
      const next: StoredProduction = { status: "IN_PROGRESS", kioskId, errorCode: null, description: "Card in production", occurredMs: now };
      record(ctx, card, next);
      return json({ status: next.status, kioskId, occurredAt: new Date(now).toISOString() });
    },
  },
  {
    method: "POST",
    path: "/v1/simulation/spend/profiles/:profileId/cards/:cardToken/production",
    handler: async (ctx) => {
      const { card, production } = kioskCard(ctx);
      const body = await jsonBody(ctx);
      const status = optString(body, "status");
      const errorCode = optString(body, "errorCode");
      if (status !== "PRODUCED" && status !== "PRODUCTION_ERROR") {
        throw wiseErrors(400, { code: "NOT_VALID", message: "'status' should be one of PRODUCED, PRODUCTION_ERROR", path: "status", arguments: [status ?? null] });
      }
      if (status === "PRODUCED" && errorCode !== undefined) {
        throw wiseErrors(400, { code: "NOT_VALID", message: "'errorCode' is only for PRODUCTION_ERROR", path: "errorCode", arguments: [errorCode] });
      }
      const code = status === "PRODUCTION_ERROR" ? (errorCode ?? "UNKNOWN_ERROR") : null;
      if (code !== null && PRODUCTION_ERRORS[code] === undefined) {
        throw wiseErrors(400, { code: "NOT_VALID", message: `'errorCode' ${code} is not a production error`, path: "errorCode", arguments: [code] });
      }
      if (production.status !== "IN_PROGRESS") {
        throw wiseErrors(422, {
          code: "PRODUCTION_NOT_IN_PROGRESS",
          message: `The card's production is ${production.status}: produce the card first`,
          path: "status",
          arguments: [production.status],
        });
      }
      const now = ctx.now();
      const description = code === null ? "Card produced and collected" : PRODUCTION_ERRORS[code];
      record(ctx, card, { status, kioskId: production.kioskId, errorCode: code, description, occurredMs: now });
      const order = card.orderId === null ? undefined : ctx.store.cards.orders.get(card.orderId);
      // A produced card moves its order on, once; an order already past it stays where it is.
      if (status === "PRODUCED" && order !== undefined && ["PLACED", "REQUIREMENTS_FULFILLED", "CARD_DETAILS_CREATED"].includes(order.status)) {
        order.status = "PRODUCED";
        order.modificationMs = now;
        emitCardOrderStatusChange(ctx.store, order, now);
      }
      return { status: 200, body: "" };
    },
  },
];
