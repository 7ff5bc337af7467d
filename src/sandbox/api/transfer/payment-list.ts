// GET /v1/transfers/{transferId}/payments: the completed pay-ins that funded a transfer, as
// [{id, method, pricingVariant, amount, currency, timeCreated, timeUpdated}]. The sandbox funds a
// transfer at most once (POST …/payments, or funded history in the seed), so the list holds that
// one payment or is empty while the transfer waits. The amount is what was paid in, exactly:
// sourceValue plus the fee, in the source currency, with the currency's scale. A refund later
// does not undo the payment, so a funded then cancelled transfer still lists it. Another user's
// transfer is refused as GET /v1/transfers/{id} refuses it.

import { dec, json } from "../../http.js";
import { isoMillis } from "../../format.js";
import type { TransferRecord } from "../../model.js";
import { pathLong } from "../../params.js";
import type { RouteDef } from "../../route.js";
import { transferOf } from "./routes.js";

/** Payment ids are their own sequence at Wise; here one payment per transfer, derived from it. */
const PAYMENT_ID_BASE = 50_000_000;

export function paymentsOf(t: TransferRecord): unknown[] {
  if (t.funding === null) return [];
  const at = isoMillis(t.funding.fundedMs);
  return [
    {
      id: PAYMENT_ID_BASE + t.id,
      method: t.payIn,
      pricingVariant: null,
      amount: dec(t.funding.amount),
      currency: t.sourceCurrency,
      timeCreated: at,
      timeUpdated: at,
    },
  ];
}

export const paymentListRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/transfers/:transferId/payments",
    handler: (ctx) => json(paymentsOf(transferOf(ctx, pathLong(ctx, "transferId")))),
  },
];
