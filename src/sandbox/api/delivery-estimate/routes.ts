// GET /v1/delivery-estimates/{transferId}?timezone=: when the transfer's money is expected at
// the recipient's bank. Computed like the quote's own estimate (pricing.ts): the business days
// of the transfer's pay-in and pay-out, counted from when it was paid for; an unpaid transfer
// counts from today (the estimate moves while it waits), so on the day it is quoted it equals
// the quote's estimatedDelivery. A transfer past paying keeps the last estimate, as Wise gives
// no other answer for it. Another user's transfer is refused as GET /v1/transfers/{id} does.

import { badRequest, json } from "../../http.js";
import type { TransferRecord } from "../../model.js";
import { pathLong } from "../../params.js";
import { deliveryDaysOf, deliveryInstant } from "../../pricing.js";
import type { Ctx, RouteDef } from "../../route.js";
import type { Store } from "../../store.js";
import { transferOf } from "../transfer/routes.js";

/** "2018-01-10T12:15:00.000+0000", as the spec's example writes it. */
function estimateTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}+0000`;
}

/** The pay-out the transfer uses: its quote's, else what its recipient's account type implies. */
function payOutOf(store: Store, t: TransferRecord): string {
  const quote = store.quotes.get(t.quoteUuid);
  if (quote !== undefined) return quote.payOut;
  return store.recipients.get(t.targetAccount)?.type === "swift_code" ? "SWIFT" : "BANK_TRANSFER";
}

/** The instant the transfer is expected to arrive. */
export function estimatedDelivery(store: Store, t: TransferRecord, nowMs: number): { ms: number; days: number } {
  const days = deliveryDaysOf(t.payIn, payOutOf(store, t));
  const from = t.funding?.fundedMs ?? (t.status === "incoming_payment_waiting" ? Math.max(nowMs, t.createdMs) : t.createdMs);
  return { ms: deliveryInstant(from, days), days };
}

/** The display text in the asked time zone ("in seconds" for an instant transfer). */
function formatted(ms: number, days: number, timeZone: string): string {
  if (days === 0) return "in seconds";
  const text = new Date(ms).toLocaleDateString("en-US", { weekday: "long", month: "long", day: "numeric", timeZone });
  return `by ${text}`;
}

function timeZoneOf(ctx: Ctx): string {
  const raw = ctx.query.get("timezone")?.trim() || "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: raw });
  } catch {
    throw badRequest(`'timezone' should be a valid time zone id: '${raw}'`);
  }
  return raw;
}

export const deliveryEstimateRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/delivery-estimates/:transferId",
    handler: (ctx) => {
      const transfer = transferOf(ctx, pathLong(ctx, "transferId"));
      const timeZone = timeZoneOf(ctx);
      const { ms, days } = estimatedDelivery(ctx.store, transfer, ctx.now());
      return json({ estimatedDeliveryDate: estimateTime(ms), formattedEstimatedDeliveryDate: formatted(ms, days, timeZone) });
    },
  },
];
