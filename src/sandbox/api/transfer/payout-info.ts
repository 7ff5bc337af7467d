// GET /v2/transfers/{transferId}/invoices/bankingpartner: who paid the money out to the recipient's
// bank, as {processorName, deliveryMode, bankingPartnerReference, bankingPartnerName, mt103}.
// There is a payout only once Wise has sent the money (outgoing_payment_sent, or bounced_back
// after it was sent); before that the transfer has no payout and the answer is 404, as for an
// unknown transfer. Delivery goes over SWIFT to a swift_code recipient (with an MT103 message),
// else over the local scheme of the target currency (no MT103). Another user's transfer is
// refused as GET /v1/transfers/{id} refuses it.

import { json, notFound } from "../../http.js";
import type { TransferRecord, TransferStatus } from "../../model.js";
import { pathLong } from "../../params.js";
import type { RouteDef } from "../../route.js";
import type { Store } from "../../store.js";
import { transferOf } from "./routes.js";

/** Statuses in which the money has left Wise for the recipient's bank. */
const PAID_OUT: ReadonlySet<TransferStatus> = new Set(["outgoing_payment_sent", "bounced_back"]);

/** The sandbox's one processing entity: every transfer is processed by it. */
const PROCESSOR = "Wise Payments Limited";

export function payoutInfoView(store: Store, t: TransferRecord) {
  const swift = store.recipients.get(t.targetAccount)?.type === "swift_code";
  const reference = `SBX${t.targetCurrency}${String(t.id).padStart(10, "0")}`;
  const valueDate = new Date(t.createdMs).toISOString().slice(2, 10).replace(/-/g, "");
  return {
    processorName: PROCESSOR,
    deliveryMode: swift ? "SWIFT" : "LOCAL",
    bankingPartnerReference: reference,
    bankingPartnerName: `Sandbox ${t.targetCurrency} payout bank`,
    mt103: swift ? `{1:F01SBXXGB2LXXXX0000000000}{4:\n:20:${reference}\n:23B:CRED\n:32A:${valueDate}${t.targetCurrency}${t.targetValue.replace(".", ",")}\n-}` : null,
  };
}

export const payoutInfoRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v2/transfers/:transferId/invoices/bankingpartner",
    handler: (ctx) => {
      const transfer = transferOf(ctx, pathLong(ctx, "transferId"));
      if (!PAID_OUT.has(transfer.status)) throw notFound("Transfer payout", "transferId", String(transfer.id));
      return json(payoutInfoView(ctx.store, transfer));
    },
  },
];
