// A card's status and PIN count: PUT /v3/spend/profiles/{profileId}/cards/{cardToken}/status
// {status: ACTIVE|FROZEN|BLOCKED} answers the card (a change raises cards#card-status-change;
// activating an INACTIVE card completes its order), and POST .../reset-pin-count sets the wrong
// PIN count back to 0 (200, no body). Asking for the status the card has changes nothing and
// raises nothing; a change the rules refuse is 422 and changes nothing.

import { jsonBody, optString } from "../../body.js";
import { json, wiseErrors } from "../../http.js";
import type { RouteDef } from "../../route.js";
import { emitCardStatusChange } from "../../webhooks/events/cards.js";
import { completeOrder } from "./order-flow.js";
import { cardFromPath } from "./card-access.js";
import { PARTNER_STATUSES, statusChangeAllowed, type PartnerStatus } from "./card-status-rules.js";
import { cardView } from "./card-view.js";

export const cardStatusRoutes: RouteDef[] = [
  {
    method: "PUT",
    path: "/v3/spend/profiles/:profileId/cards/:cardToken/status",
    handler: async (ctx) => {
      const card = cardFromPath(ctx);
      const status = optString(await jsonBody(ctx), "status");
      if (status === undefined) throw wiseErrors(400, { code: "NOT_NULL", message: "must not be null", path: "status", arguments: [] });
      if (!(PARTNER_STATUSES as readonly string[]).includes(status)) {
        throw wiseErrors(400, { code: "NOT_VALID", message: `'status' should be one of ${PARTNER_STATUSES.join(", ")}`, path: "status", arguments: [status] });
      }
      const wanted = status as PartnerStatus;
      if (card.status === wanted) return json(cardView(card));
      if (!statusChangeAllowed(card.status, wanted)) {
        throw wiseErrors(422, {
          code: "CARD_STATUS_CHANGE_NOT_ALLOWED",
          message: `The card's status cannot be changed from ${card.status} to ${wanted}`,
          path: "status",
          arguments: [card.status, wanted],
        });
      }
      const now = ctx.now();
      const wasInactive = card.status === "INACTIVE";
      card.status = wanted;
      card.modificationMs = now;
      ctx.store.touch();
      emitCardStatusChange(ctx.store, card, now);
      const order = card.orderId === null ? undefined : ctx.store.cards.orders.get(card.orderId);
      if (wasInactive && wanted === "ACTIVE" && order !== undefined && order.status !== "COMPLETED") completeOrder(ctx.store, order, now);
      return json(cardView(card));
    },
  },
  {
    method: "POST",
    path: "/v3/spend/profiles/:profileId/cards/:cardToken/reset-pin-count",
    handler: (ctx) => {
      const card = cardFromPath(ctx);
      if (card.pinTries !== 0) {
        card.pinTries = 0;
        card.modificationMs = ctx.now();
        ctx.store.touch();
      }
      return { status: 200, body: "" };
    },
  },
];
