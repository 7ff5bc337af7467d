// Sandbox-only simulation of a card order's production (Wise's sandbox documents none; listed in
// test/fixtures/wise/routes-outside-spec.json):
//   POST /v1/simulation/spend/profiles/{profileId}/card-orders/{cardOrderId}/next
//        moves a physical card's order one step, as Wise's card factory would:
//        REQUIREMENTS_FULFILLED -> CARD_DETAILS_CREATED (the card issued, INACTIVE) -> PRODUCED
//        (handed to the delivery vendor; tracking for tracked delivery). Answers the order.
//        422 card.order.simulation.refused while the requirements are unmet, once PRODUCED (the
//        order completes when its card is activated) and in a final status.

import { json, wiseErrors } from "../../http.js";
import type { RouteDef } from "../../route.js";
import { advanceOrder, advanceRefusal } from "./order-flow.js";
import { orderFromPath } from "./order-routes.js";
import { cardOrderView } from "./order-view.js";

export const cardOrderSimulationRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v1/simulation/spend/profiles/:profileId/card-orders/:cardOrderId/next",
    handler: (ctx) => {
      const order = orderFromPath(ctx);
      const refusal = advanceRefusal(ctx.store, order);
      if (refusal !== null) throw wiseErrors(422, { code: "card.order.simulation.refused", message: refusal, path: "cardOrderId", arguments: [order.status] });
      const now = ctx.now();
      advanceOrder(ctx.store, order, now);
      return json(cardOrderView(order, now));
    },
  },
];
