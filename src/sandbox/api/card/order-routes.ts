// Card orders (Wise's card-order tag, but the preset PIN on the twcard-data host):
//   GET  /v3/spend/profiles/{profileId}/card-orders?pageSize=&pageNumber=: the profile's orders,
//        newest first, with totalCount; pageSize 10 to 100 (10 by default), pageNumber from 1.
//   POST /v3/spend/profiles/{profileId}/card-orders: a new order (order-create.ts).
//   GET  /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}: one order (404 when the
//        profile has no such order).
//   GET  /v3/spend/profiles/{profileId}/card-orders/availability: the programs the profile may
//        order now (order-programs.ts); empty when it may order none.
//   GET  /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}/requirements: VERIFICATION and
//        ADDRESS, each with its status.
//   PUT  /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}/status {status}: CANCELLED (not
//        once COMPLETED, RETURNED or CANCELLED: 422; an issued card is blocked) or the deprecated
//        COMPLETED (not once COMPLETED or CANCELLED); 202 with no body.
//   POST /v3/spend/address/validate: the address's problems as {errors: [{field, message}]}.
// Every read settles the order first (order-flow.ts): an order whose requirements are now met
// moves on, as Wise's would in the background.

import { profileFromPath } from "../../auth.js";
import { jsonBody, jsonValueBody, optString } from "../../body.js";
import { badRequest, json, notFound, wiseErrors } from "../../http.js";
import { pathLong, queryInt } from "../../params.js";
import type { Ctx, RouteDef } from "../../route.js";
import type { CardOrderRecord } from "./model.js";
import { addressProblems } from "./order-address.js";
import { createCardOrder } from "./order-create.js";
import { cancelOrder, cancelRefusal, completeOrder, orderRequirements, settleOrder } from "./order-flow.js";
import { availablePrograms } from "./order-programs.js";
import { cardOrderView } from "./order-view.js";

/** The profile's orders, newest first (settled). */
export function ordersOfProfile(ctx: Ctx, profileId: number): CardOrderRecord[] {
  const orders = [...ctx.store.cards.orders.values()].filter((o) => o.profileId === profileId).sort((a, b) => b.creationMs - a.creationMs || b.id - a.id);
  for (const order of orders) settleOrder(ctx.store, order, ctx.now());
  return orders;
}

/** The order of the path's profile and id, settled; 404 when the profile has none such. */
export function orderFromPath(ctx: Ctx): CardOrderRecord {
  const profile = profileFromPath(ctx);
  const id = pathLong(ctx, "cardOrderId");
  const order = ctx.store.cards.orders.get(id);
  if (order === undefined || order.profileId !== profile.id) throw notFound("Card order", "cardOrderId", String(id));
  settleOrder(ctx.store, order, ctx.now());
  return order;
}

function pageParameter(ctx: Ctx, name: string, min: number, max: number, fallback: number): number {
  const value = queryInt(ctx, name) ?? fallback;
  if (value < min || value > max) throw badRequest(`'${name}' should be between ${min} and ${max}`);
  return value;
}

const TARGET_STATUSES = ["CANCELLED", "COMPLETED"] as const;

export const cardOrderRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v3/spend/profiles/:profileId/card-orders",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const pageSize = pageParameter(ctx, "pageSize", 10, 100, 10);
      const pageNumber = pageParameter(ctx, "pageNumber", 1, 2_147_483_647, 1);
      const orders = ordersOfProfile(ctx, profile.id);
      const start = (pageNumber - 1) * pageSize;
      const now = ctx.now();
      return json({ totalCount: orders.length, cardOrders: orders.slice(start, start + pageSize).map((o) => cardOrderView(o, now)) });
    },
  },
  { method: "POST", path: "/v3/spend/profiles/:profileId/card-orders", handler: createCardOrder },
  {
    method: "GET",
    path: "/v3/spend/profiles/:profileId/card-orders/availability",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      return json({ cardPrograms: availablePrograms(ctx.store, profile, ctx.now()) });
    },
  },
  {
    method: "GET",
    path: "/v3/spend/profiles/:profileId/card-orders/:cardOrderId",
    handler: (ctx) => json(cardOrderView(orderFromPath(ctx), ctx.now())),
  },
  {
    method: "GET",
    path: "/v3/spend/profiles/:profileId/card-orders/:cardOrderId/requirements",
    handler: (ctx) => json({ requirements: orderRequirements(ctx.store, orderFromPath(ctx)) }),
  },
  {
    method: "PUT",
    path: "/v3/spend/profiles/:profileId/card-orders/:cardOrderId/status",
    handler: async (ctx) => {
      const order = orderFromPath(ctx);
      const status = optString(await jsonBody(ctx), "status");
      if (status === undefined) throw wiseErrors(400, { code: "NotNull", message: "must not be null", path: "status", arguments: [] });
      if (!(TARGET_STATUSES as readonly string[]).includes(status)) {
        throw wiseErrors(400, { code: "NOT_VALID", message: `status must be one of ${TARGET_STATUSES.join(", ")}`, path: "status", arguments: ["status", status] });
      }
      const now = ctx.now();
      if (status === "CANCELLED") {
        const refusal = cancelRefusal(order);
        if (refusal !== null) throw wiseErrors(422, { code: "card.order.status.transition", message: refusal, path: "status", arguments: ["status", status] });
        cancelOrder(ctx.store, order, now);
      } else {
        if (order.status === "COMPLETED" || order.status === "CANCELLED") {
          throw wiseErrors(422, {
            code: "card.order.status.transition",
            message: `A card order in status ${order.status} cannot be completed.`,
            path: "status",
            arguments: ["status", status],
          });
        }
        completeOrder(ctx.store, order, now);
      }
      return { status: 202, body: "" };
    },
  },
  {
    method: "POST",
    path: "/v3/spend/address/validate",
    handler: async (ctx) => json({ errors: addressProblems(await jsonValueBody(ctx)) }),
  },
];
